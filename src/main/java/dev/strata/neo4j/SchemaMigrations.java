package dev.strata.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema scripts {@code cypher/schema/V*.cypher} in order, first of the database initialization
 * steps, against the embedded and external servers alike. Each applied version is recorded with its checksum; a
 * released script that was edited afterwards stops the start, because the databases that already ran it would
 * silently differ from new ones.
 */
@Component
@Order(1)
public class SchemaMigrations implements DatabaseInitialization {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String LOCATION = "classpath*:cypher/schema/V*.cypher";

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void initialize() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        try (Session session = driver.session()) {
            for (Resource script : scripts) {
                apply(session, script);
            }
        }
    }

    private void apply(Session session, Resource script) throws IOException {
        String name = script.getFilename();
        String version = name.substring(0, name.indexOf("__"));
        String text = script.getContentAsString(StandardCharsets.UTF_8);
        String checksum = sha256(text);
        Record applied = session.run("""
                OPTIONAL MATCH (m:StrataMeta {key: $key})
                RETURN m.checksum AS checksum
                """, Map.of("key", "schema:" + version)).single();
        if (!applied.get("checksum").isNull()) {
            if (!applied.get("checksum").asString().equals(checksum)) {
                throw new IllegalStateException("Schema script " + name + " was changed after it was applied to this"
                        + " database. Released scripts are immutable: revert the edit and add a new V-script instead.");
            }
            return;
        }
        for (String statement : CypherScript.statements(text)) {
            session.run(statement).consume();
        }
        session.run("""
                MERGE (m:StrataMeta {key: $key})
                SET m.checksum = $checksum, m.script = $script, m.appliedAt = datetime()
                """, Map.of("key", "schema:" + version, "checksum", checksum, "script", name))
                .consume();
        log.info("Applied schema script {}", name);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
