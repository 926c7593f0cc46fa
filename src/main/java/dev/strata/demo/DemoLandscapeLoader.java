package dev.strata.demo;

import dev.strata.audit.Actor;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeService;
import dev.strata.neo4j.DatabaseInitialization;
import dev.strata.plan.LandscapePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the demo landscape once, from its landscape-as-code files ({@code landscape/demo/*.yaml}, the single source
 * of the demo data), through the same apply as {@code strata apply}. A marker node records that it was loaded, so a
 * restart (or deleting the demo by hand) never brings it back; a database that already holds a landscape is never
 * touched. {@code cypher/demo/demo-landscape.cypher} holds the same graph for Neo4j Browser users (a test keeps the
 * two equal).
 */
@Component
@Order(2)
class DemoLandscapeLoader implements DatabaseInitialization {

    static final String FILES = "classpath*:landscape/demo/*.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoLandscapeLoader.class);

    private final Driver driver;
    private final LandscapeService landscapes;
    private final boolean enabled;

    DemoLandscapeLoader(
            Driver driver, LandscapeService landscapes, @Value("${strata.demo.enabled:true}") boolean enabled) {
        this.driver = driver;
        this.landscapes = landscapes;
        this.enabled = enabled;
    }

    @Override
    public void initialize() throws IOException {
        if (!enabled) {
            log.info("Demo landscape disabled (strata.demo.enabled=false)");
            return;
        }
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
            LandscapeOutcome outcome = landscapes.apply(
                    files(), false, LandscapePolicy.NONE, Actor.SYSTEM, java.util.Map.of("files", FILES));
            if (!outcome.applied()) {
                throw new IllegalStateException("The demo landscape files do not apply: " + outcome.errors());
            }
            session.executeWrite(
                    tx -> tx.run("MERGE (m:StrataMeta {key: 'demo-landscape'}) SET m.loadedAt = datetime()")
                            .consume());
            log.info("Loaded the demo landscape from {} ({} documents)", FILES, outcome.documents());
        }
    }

    private static List<LandscapeFile> files() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(FILES);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        List<LandscapeFile> files = new ArrayList<>();
        for (Resource resource : resources) {
            files.add(new LandscapeFile(
                    "landscape/demo/" + resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
        }
        return files;
    }
}
