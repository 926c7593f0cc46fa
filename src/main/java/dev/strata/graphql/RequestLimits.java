package dev.strata.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Limits every GraphQL request before it runs: nesting depth, and a cost budget in the manner of GitHub's and
 * Shopify's public APIs where a field costs one point and a paginated field multiplies what it selects by its page
 * size ({@code first}, 20 when omitted) and an unpaginated list multiplies it by an assumed ten. Each refusal names the limit and the setting that changes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Limits.class)
class RequestLimits {

    /** What an unpaginated list (e.g. {@code Team.platforms}) is assumed to hold when costing a query. */
    static final int UNPAGED_LIST_ESTIMATE = 10;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
            throw new AbortExecutionException("query depth " + info.getDepth() + " exceeds the limit of "
                    + limits.maxDepth() + " (strata.graphql.max-depth)");
        });
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(Limits limits) {
        FieldComplexityCalculator pageSizeTimesSelection = (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            String name = environment.getField().getName();
            boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()));
            int multiplier = first instanceof Integer size ? Math.max(size, 1)
                    : environment.getFieldDefinition().getArgument("first") != null ? Paging.DEFAULT_PAGE_SIZE
                    : list && !name.equals("nodes") && !name.equals("edges") ? UNPAGED_LIST_ESTIMATE : 1;
            return 1 + multiplier * childComplexity;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxCost(), pageSizeTimesSelection, info -> {
            throw new AbortExecutionException("query cost " + info.getComplexity() + " exceeds the budget of "
                    + limits.maxCost() + " (strata.graphql.max-cost; a paginated field costs its page size times"
                    + " what it selects, an unpaginated list " + UNPAGED_LIST_ESTIMATE + " times)");
        });
    }

    /**
     * @param maxDepth       deepest field nesting accepted
     * @param maxCost        cost budget of one request
     * @param maxRequestSize largest request body accepted
     */
    @ConfigurationProperties("strata.graphql")
    record Limits(@DefaultValue("15") int maxDepth, @DefaultValue("100000") int maxCost,
            @DefaultValue("32MB") DataSize maxRequestSize) {
    }
}
