package dev.strata.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded Neo4j's user {@code neo4j}: generated on first start into a file in the data
 * directory that only its owner can read, and the one truth afterwards (write another password into the file and
 * restart to change it). Strata's driver and a person in Neo4j Browser both log in with it.
 */
final class Neo4jPassword {

    static final String USER = "neo4j";
    static final String FILE_NAME = "neo4j-password";

    private static final Logger log = LoggerFactory.getLogger(Neo4jPassword.class);
    private static final int MINIMUM_LENGTH = 8;

    private final Path file;
    private final String password;

    private Neo4jPassword(Path file, String password) {
        this.file = file;
        this.password = password;
    }

    /** The password kept in {@code dataDirectory}, generated (owner-only) when there is none yet. */
    static Neo4jPassword inDataDirectory(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (Files.notExists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            OwnerOnly.createFile(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            log.info("Generated the password of the embedded Neo4j's user {} into {}", USER, file);
        } else if (OwnerOnly.isOpenToOthers(file)) {
            OwnerOnly.restrict(file, OwnerOnly.FILE);
            log.warn(
                    "{} could be read by other users of this machine; it is owner-only now. If someone else may"
                            + " have read it, write a new password into it (8+ characters) and restart.",
                    file);
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < MINIMUM_LENGTH) {
            throw new IOException(file + " must hold a password of at least " + MINIMUM_LENGTH
                    + " characters (delete the file to have one generated)");
        }
        return new Neo4jPassword(file, password);
    }

    /**
     * Makes the password the initial one of a database that was never started, so that it is required from the
     * very first connection. This writes the file {@code neo4j-admin dbms set-initial-password} writes (Neo4j's own
     * classes, as the tool uses them); Neo4j reads it when it creates its system database.
     */
    void setInitialPassword(Path dataDirectory) throws IOException {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.data_directory, dataDirectory)
                .build();
        Path authFile = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        OwnerOnly.folder(authFile.getParent());
        Files.deleteIfExists(authFile);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(),
                authFile,
                NullLogProvider.getInstance(),
                EmptyMemoryTracker.INSTANCE);
        try {
            users.start();
            users.create(new User(
                    USER,
                    null,
                    SystemGraphCredential.createCredentialForPassword(
                            password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
                    false,
                    false));
            users.shutdown();
        } catch (Exception e) {
            throw new IOException("Cannot write the initial Neo4j password to " + authFile + ": " + e.getMessage(), e);
        }
    }

    String value() {
        return password;
    }

    Path file() {
        return file;
    }
}
