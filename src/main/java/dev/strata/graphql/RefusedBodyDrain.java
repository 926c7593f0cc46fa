package dev.strata.graphql;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Lets a client whose body was refused before it was read to the end (503 busy, 400 over the JSON limits) read the
 * answer. Tomcat discards the unread rest of a body only up to {@code server.tomcat.max-swallow-size} (2 MB) and then
 * closes the connection with data unread, which resets it, and a reset can throw away the answer at the client before
 * it is read. Here Tomcat discards up to the largest body Strata accepts; only bodies over every limit still end with
 * a closed connection. Ordered after Boot's own Tomcat customizer, which sets the property's value.
 */
@Component
class RefusedBodyDrain implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final int largestBody;

    RefusedBodyDrain(RequestLimits.Limits graphQl, RequestLimits.HttpLimits http) {
        this.largestBody = (int) Math.min(
                Integer.MAX_VALUE,
                Math.max(
                        graphQl.maxRequestSize().toBytes(),
                        http.maxRequestSize().toBytes()));
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                    && http.getMaxSwallowSize() >= 0
                    && http.getMaxSwallowSize() < largestBody) {
                http.setMaxSwallowSize(largestBody);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
