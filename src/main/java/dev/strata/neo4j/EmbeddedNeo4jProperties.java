package dev.strata.neo4j;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j started when {@code spring.neo4j.uri} is not set.
 *
 * @param enabled        false refuses to start without an external server instead of starting one
 * @param dataDirectory  where the database files live, with the password file; kept across restarts
 * @param listenAddress  interface for Bolt and HTTP; loopback by default
 * @param boltPort       Bolt port (0 = any free port)
 * @param httpPort       port of the web server that serves Neo4j Browser (0 = any free port)
 * @param browser        false starts Bolt only (no web server, no Browser)
 * @param pageCache      page cache size, Neo4j syntax (e.g. 512m); the default holds the store of a landscape of a
 *                       million nodes (about 640 MB on disk), and memory is taken only as pages are used
 * @param authentication false lets anyone who reaches Bolt or HTTP in without a password; only allowed on loopback
 */
@ConfigurationProperties("strata.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/neo4j") Path dataDirectory,
        @DefaultValue("127.0.0.1") String listenAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("7474") int httpPort,
        @DefaultValue("true") boolean browser,

        @DefaultValue(EmbeddedNeo4jProperties.DEFAULT_PAGE_CACHE)
        String pageCache,

        @DefaultValue("true") boolean authentication) {

    /**
     * The page cache unless set: large enough for scale L's store, since a full read of a store that does not fit
     * waits on the disk for every page again (a third of the L snapshot load with a cache smaller than the store).
     */
    public static final String DEFAULT_PAGE_CACHE = "1g";
}
