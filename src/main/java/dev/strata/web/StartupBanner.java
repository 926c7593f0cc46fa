package dev.strata.web;

import dev.strata.neo4j.EmbeddedNeo4jServer;
import java.net.URI;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where everything is once the application is ready: GraphQL, GraphiQL, Neo4j Browser and Bolt. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final ObjectProvider<EmbeddedNeo4jServer> embedded;
    private final Environment environment;

    StartupBanner(ObjectProvider<EmbeddedNeo4jServer> embedded, Environment environment) {
        this.embedded = embedded;
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String base = "http://" + environment.getProperty("server.address", "localhost") + ":"
                + ((WebServerApplicationContext) event.getApplicationContext())
                        .getWebServer()
                        .getPort();
        StringBuilder banner = new StringBuilder("\n\n  Strata is ready\n");
        banner.append("  Dashboard        : ").append(base).append("/\n");
        banner.append("  GraphQL endpoint : ").append(base).append("/graphql\n");
        banner.append("  GraphiQL         : ").append(base).append("/graphiql\n");
        EmbeddedNeo4jServer server = embedded.getIfAvailable();
        if (server != null) {
            URI browser = server.browserUri();
            Path password = server.passwordFile();
            banner.append("  Neo4j Browser    : ")
                    .append(browser == null ? "(disabled)" : browser)
                    .append('\n');
            banner.append("  Bolt URI         : ")
                    .append(server.boltUri())
                    .append("  (embedded; data in ")
                    .append(server.dataDirectory())
                    .append(")\n");
            banner.append("  Neo4j login      : ")
                    .append(
                            password == null
                                    ? "none (authentication is off)"
                                    : "user neo4j, password in " + password + " (owner-only)")
                    .append('\n');
        } else {
            banner.append("  Neo4j            : ")
                    .append(environment.getProperty("spring.neo4j.uri"))
                    .append(" (external)\n");
        }
        log.info(banner.toString());
    }
}
