package dev.strata.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j server running inside the application's JVM, with its data in a persistent directory.
 *
 * <p>Who can reach what: Bolt and HTTP (Browser, the Query API) listen on loopback by default and require the
 * password of user {@code neo4j}, kept owner-only in the data directory ({@link Neo4jPassword}); the HTTP API answers
 * cross-origin requests only for its own origin, so a web page from elsewhere cannot use it. Without authentication
 * the server starts on loopback only. The data, runtime and log folders are owner-only: Neo4j's logs record the
 * JVM's command line.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private final Neo4j neo4j;
    private final Path dataDirectory;
    private final @Nullable Neo4jPassword password;
    private final boolean browser;

    private EmbeddedNeo4jServer(Neo4j neo4j, Path dataDirectory, @Nullable Neo4jPassword password, boolean browser) {
        this.neo4j = neo4j;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.browser = browser;
    }

    public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
        Path data = properties.dataDirectory().toAbsolutePath().normalize();
        if (!properties.authentication() && !isLoopback(properties.listenAddress())) {
            throw new EmbeddedNeo4jStartException(
                    "The embedded Neo4j would listen on " + properties.listenAddress()
                            + " without authentication, open to anyone who reaches that address. Set"
                            + " strata.neo4j.embedded.authentication=true (the default), or"
                            + " strata.neo4j.embedded.listen-address=127.0.0.1 (STRATA_NEO4J_EMBEDDED_LISTEN_ADDRESS).",
                    null);
        }
        int boltPort =
                port("Bolt", "strata.neo4j.embedded.bolt-port", properties.listenAddress(), properties.boltPort());
        int httpPort = properties.browser()
                ? port(
                        "HTTP (Neo4j Browser)",
                        "strata.neo4j.embedded.http-port",
                        properties.listenAddress(),
                        properties.httpPort())
                : 0;
        Path runtime = data.resolveSibling(data.getFileName() + "-runtime");
        Neo4jPassword password;
        Path browserArchive;
        boolean newDatabase = Files.notExists(data.resolve("databases").resolve("system"));
        try {
            OwnerOnly.folder(data);
            OwnerOnly.folder(runtime);
            password = properties.authentication() ? Neo4jPassword.inDataDirectory(data) : null;
            if (password != null && newDatabase) {
                password.setInitialPassword(data);
            }
            browserArchive = properties.browser() ? BrowserAssets.writeArchive(runtime.resolve("web")) : null;
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException(
                    "Cannot prepare " + data + " for the embedded Neo4j: " + e.getMessage(), e);
        }
        log.info("Starting embedded Neo4j with data in {}", data);
        // The harness puts its home (logs, run files) in a throw-away folder under runtime; the data directory is
        // ours and survives restarts.
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(runtime)
                .withConfig(GraphDatabaseSettings.data_directory, data)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .withConfig(GraphDatabaseSettings.auth_enabled, properties.authentication())
                // Bolt waits for 5 s of quiet, twice, before it stops: ten seconds of every stop. By the time it
                // stops, Strata's driver has closed its connections, so there is nothing to wait for.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
                .withConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), boltPort))
                // Only the port: Browser's discovery document then offers bolt://<the host Browser was opened
                // on>:<port>.
                .withConfig(BoltConnector.advertised_address, new SocketAddress(boltPort))
                .withConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), httpPort))
                // Neo4j answers any origin (*) by default; only its own pages (Browser) may call the HTTP API.
                .withConfig(
                        ServerSettings.http_access_control_allow_origin,
                        "http://" + hostForUri(properties.listenAddress()) + ":" + httpPort);
        if (browserArchive != null) {
            builder = builder.withConfig(ServerSettings.web_dir_path, browserArchive.getParent());
        }
        if (!properties.browser()) {
            builder = builder.withDisabledServer();
        }
        EmbeddedNeo4jServer server;
        try {
            server = new EmbeddedNeo4jServer(builder.build(), data, password, properties.browser());
        } catch (RuntimeException e) {
            throw new EmbeddedNeo4jStartException(
                    "The embedded Neo4j could not start with data in " + data
                            + ". If another Strata or Neo4j process uses that directory, stop it or set"
                            + " strata.neo4j.embedded.data-directory (STRATA_NEO4J_EMBEDDED_DATA_DIRECTORY).",
                    e);
        }
        server.restrictLogs(runtime);
        server.ensurePasswordIsTheFilesOne();
        return server;
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    /** The Neo4j Browser address, or null when the web server is disabled. */
    public @Nullable URI browserUri() {
        return browser ? neo4j.httpURI().resolve("/browser/") : null;
    }

    /** How Strata's driver logs in: user {@code neo4j} with the password of the file, or not at all. */
    public AuthToken authToken() {
        return password == null ? AuthTokens.none() : AuthTokens.basic(Neo4jPassword.USER, password.value());
    }

    /** The file holding the password of user {@code neo4j}, or null when authentication is off. */
    public @Nullable Path passwordFile() {
        return password == null ? null : password.file();
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

    /**
     * Lets {@code listener} see every transaction committed to the default database, until the returned registration
     * is closed (the foreign-write detection listens for the server's life; tests observe what one transaction wrote).
     */
    public AutoCloseable listen(TransactionEventListener<?> listener) {
        String database = neo4j.defaultDatabaseService().databaseName();
        neo4j.databaseManagementService().registerTransactionEventListener(database, listener);
        return () -> neo4j.databaseManagementService().unregisterTransactionEventListener(database, listener);
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        neo4j.close();
        log.info("Embedded Neo4j stopped; data kept in {}", dataDirectory);
    }

    /**
     * A database created before authentication was on (or whose password was changed in Browser) does not know the
     * file's password yet: set it through the in-process API, which needs no login.
     */
    private void ensurePasswordIsTheFilesOne() {
        if (password == null) {
            return;
        }
        try (Driver driver = GraphDatabase.driver(boltUri())) {
            if (driver.verifyAuthentication(authToken())) {
                return;
            }
        } catch (AuthenticationException e) {
            // the password differs: set it below
        }
        neo4j.databaseManagementService()
                .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password.value()));
        log.info(
                "The password of the embedded Neo4j's user {} is now the one in {}",
                Neo4jPassword.USER,
                password.file());
    }

    /** Neo4j writes its logs, including the JVM's command line, into the harness home under the runtime folder. */
    private void restrictLogs(Path runtime) {
        try (Stream<Path> folders = Files.walk(runtime, 2)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                OwnerOnly.restrict(folder, OwnerOnly.FOLDER);
            }
        } catch (IOException e) {
            log.warn(
                    "Could not make the embedded Neo4j's log folders under {} owner-only ({}); check their permissions",
                    runtime,
                    e.getMessage());
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostForUri(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /** The port to configure: the given one when it is free, else a clear error; a free one for 0. */
    private static int port(String what, String property, String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException(
                    what + " port " + port + " on " + address + " is already in use"
                            + " (another Neo4j or Strata running?). Stop that process, choose another port with "
                            + property
                            + ", or use that server by setting spring.neo4j.uri.",
                    e);
        }
    }
}
