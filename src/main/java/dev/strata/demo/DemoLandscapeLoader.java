package dev.strata.demo;

import dev.strata.neo4j.CypherScript;
import dev.strata.neo4j.DatabaseInitialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@code cypher/demo/demo-landscape.cypher} once. A marker node records that it was loaded, so a restart (or
 * deleting the demo by hand) never brings it back; a database that already holds a landscape is never touched.
 */
@Component
@Order(2)
class DemoLandscapeLoader implements DatabaseInitialization {

    static final String SCRIPT = "cypher/demo/demo-landscape.cypher";
    private static final Logger log = LoggerFactory.getLogger(DemoLandscapeLoader.class);

    private final Driver driver;
    private final boolean enabled;

    DemoLandscapeLoader(Driver driver, @Value("${strata.demo.enabled:true}") boolean enabled) {
        this.driver = driver;
        this.enabled = enabled;
    }

    @Override
    public void initialize() throws IOException {
        if (!enabled) {
            log.info("Demo landscape disabled (strata.demo.enabled=false)");
            return;
        }
        String script = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        try (Session session = driver.session()) {
            Record state = session.executeRead(tx -> tx.run("""
                    RETURN EXISTS { MATCH (:StrataMeta {key: 'demo-landscape'}) } AS loaded,
                           EXISTS { MATCH (n) WHERE n:Team OR n:Platform OR n:Capability OR n:Consumer } AS hasLandscape
                    """).single());
            if (state.get("loaded").asBoolean()) {
                log.info("Demo landscape already loaded once; not loading it again");
                return;
            }
            if (state.get("hasLandscape").asBoolean()) {
                log.info("The database already holds a landscape; the demo is not loaded into it");
                return;
            }
            session.executeWrite((TransactionCallback<Void>) tx -> {
                for (String statement : CypherScript.statements(script)) {
                    tx.run(statement).consume();
                }
                tx.run("MERGE (m:StrataMeta {key: 'demo-landscape'}) SET m.loadedAt = datetime()").consume();
                return null;
            });
            log.info("Loaded the demo landscape from {}", SCRIPT);
        }
    }
}
