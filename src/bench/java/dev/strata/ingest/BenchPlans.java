package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.model.Landscape;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.LandscapeReader;
import java.util.List;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark's door to plan and export, as the application runs them, without a Spring context. */
public final class BenchPlans {

    private BenchPlans() {
    }

    /** {@code strata plan} of the files against the graph (no prune, no policy): reads, diffs, measures impact. */
    public static LandscapeOutcome plan(Driver driver, List<LandscapeFile> files) {
        LandscapeReader reader = new LandscapeReader(Neo4jClient.create(driver));
        return new LandscapeService(reader, null, null, CognitiveLoadModel.defaults())
                .plan(files, false, LandscapePolicy.NONE);
    }

    /** {@code strata export}: the graph as landscape files. */
    public static List<LandscapeFile> export(Driver driver) {
        Landscape landscape = new LandscapeReader(Neo4jClient.create(driver)).readAll();
        return LandscapeExport.files(landscape);
    }
}
