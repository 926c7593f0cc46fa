package dev.strata.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j server running inside the application's JVM, with its data in a persistent directory. Authentication
 * is off, which is why it listens on loopback unless told otherwise.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private final Neo4j neo4j;
    private final Path dataDirectory;

    private EmbeddedNeo4jServer(Neo4j neo4j, Path dataDirectory) {
        this.neo4j = neo4j;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
        Path data = properties.dataDirectory().toAbsolutePath().normalize();
        requireFreePort("Bolt", "strata.neo4j.embedded.bolt-port", properties.listenAddress(), properties.boltPort());
        if (properties.browser()) {
            requireFreePort("HTTP (Neo4j Browser)", "strata.neo4j.embedded.http-port", properties.listenAddress(),
                    properties.httpPort());
        }
        Path runtime = createDirectories(data.resolveSibling(data.getFileName() + "-runtime"));
        createDirectories(data);
        log.info("Starting embedded Neo4j with data in {}", data);
        // The harness puts its home (logs, run files) in a throw-away folder under runtime; the data directory is
        // ours and survives restarts.
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(runtime)
                .withConfig(GraphDatabaseSettings.data_directory, data)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .withConfig(BoltConnector.listen_address,
                        new SocketAddress(properties.listenAddress(), properties.boltPort()))
                .withConfig(HttpConnector.listen_address,
                        new SocketAddress(properties.listenAddress(), properties.httpPort()));
        if (!properties.browser()) {
            builder = builder.withDisabledServer();
        }
        try {
            return new EmbeddedNeo4jServer(builder.build(), data);
        } catch (RuntimeException e) {
            throw new EmbeddedNeo4jStartException("The embedded Neo4j could not start with data in " + data
                    + ". If another Strata or Neo4j process uses that directory, stop it or set"
                    + " strata.neo4j.embedded.data-directory (STRATA_NEO4J_EMBEDDED_DATA_DIRECTORY).", e);
        }
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    /** The Neo4j Browser address, or null when the web server is disabled. */
    public @Nullable URI browserUri() {
        try {
            return neo4j.httpURI().resolve("/browser/");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The database itself, for in-process readers that gain from skipping Bolt: the analytics snapshot reads the
     * whole landscape through it (see {@code analytics.snapshot.KernelSnapshotSource}).
     */
    public GraphDatabaseService database() {
        return neo4j.defaultDatabaseService();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        neo4j.close();
    }

    private static void requireFreePort(String what, String property, String address, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException(what + " port " + port + " on " + address + " is already in use"
                    + " (another Neo4j or Strata running?). Stop that process, choose another port with " + property
                    + ", or use that server by setting spring.neo4j.uri.", e);
        }
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException("Cannot create " + path + " for the embedded Neo4j: " + e.getMessage(), e);
        }
    }
}
