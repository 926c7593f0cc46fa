package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.model.Landscape;
import dev.strata.plan.LandscapePolicy;
import dev.strata.scorecard.ScorecardRulesFile;
import dev.strata.store.BenchDiffs;
import dev.strata.store.LandscapeReader;
import java.util.List;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark's door to plan and export, as the application runs them, without a Spring context. */
public final class BenchPlans {

    private BenchPlans() {}

    /** {@code strata plan} of the files against the graph (no prune, no policy): reads, diffs, measures impact. */
    public static LandscapeOutcome plan(Driver driver, List<LandscapeFile> files) {
        // No parse cache and no kept landscape: every plan parses every file and reads the whole graph.
        return new LandscapeService(
                        BenchDiffs.currentLandscape(driver),
                        new LandscapeReader(Neo4jClient.create(driver)),
                        null,
                        null,
                        CognitiveLoadModel.defaults(),
                        ScorecardRulesFile.shipped(),
                        new ParsedFileCache(0))
                .plan(files, false, LandscapePolicy.NONE);
    }

    /** {@code strata export}: the graph as landscape files. */
    public static List<LandscapeFile> export(Driver driver) {
        Landscape landscape = new LandscapeReader(Neo4jClient.create(driver)).readAll();
        return LandscapeExport.files(landscape);
    }
}
