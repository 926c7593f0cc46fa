package dev.strata.graphql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds what a JSON request body may expand into on the heap. The size filter limits bytes; these limits stop a
 * body of small tokens (31 MB of {@code {},} became 780 MB of maps) and deep nesting. A GraphQL request is a query
 * string, a few variables and landscape files as strings, so {@value #MAX_TOKENS} tokens and a nesting depth of
 * {@value #MAX_NESTING} leave room for every real request; a single string may be as long as the largest body.
 * The mapper replaces Boot's {@code JsonMapper.Builder} (every {@code JsonMapperBuilderCustomizer} still applies), so
 * the HTTP message converters, and with them GraphQL over HTTP, read through it. A body over a limit is answered 400
 * with the limit named.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits implements WebMvcConfigurer {

    static final int MAX_TOKENS = 100_000;
    static final int MAX_NESTING = 64;
    static final int MAX_NAME_LENGTH = 1_000;
    static final int MAX_NUMBER_LENGTH = 100;

    private final JsonMapper errors = JsonMapper.builder().build();

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JsonMapper.Builder jsonMapperBuilder(
            List<JsonMapperBuilderCustomizer> customizers,
            RequestLimits.Limits graphQl,
            RequestLimits.HttpLimits http) {
        long largestBody = Math.max(
                graphQl.maxRequestSize().toBytes(), http.maxRequestSize().toBytes());
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxTokenCount(MAX_TOKENS)
                .maxNestingDepth(MAX_NESTING)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, largestBody))
                .maxDocumentLength(largestBody)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(constraints).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(this::overLimit);
    }

    /** A body refused by the constraints above gets 400 with what was exceeded, in GraphQL's error format. */
    private @Nullable ModelAndView overLimit(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        StreamConstraintsException exceeded = null;
        for (Throwable t = ex; t != null && exceeded == null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException constraint) {
                exceeded = constraint;
            }
        }
        if (!(ex instanceof HttpMessageNotReadableException) || exceeded == null) {
            return null;
        }
        // Jackson's message names the limit and the value ("Token count (100001) exceeds the maximum allowed (100000,
        // from `StreamReadConstraints.getMaxTokenCount()`)"); the accessor means nothing to a client.
        String reason = exceeded.getOriginalMessage().replaceAll(", from `[^`]*`", "");
        try {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getWriter()
                    .write(errors.writeValueAsString(Map.of(
                            "errors",
                            List.of(Map.of(
                                    "message",
                                    "request body refused: " + reason
                                            + "; these limits keep one request from filling the"
                                            + " server's memory (send large content, such as landscape files, as strings)",
                                    "extensions",
                                    Map.of("classification", "BAD_REQUEST"))))));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
