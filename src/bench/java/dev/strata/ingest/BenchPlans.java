package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.model.Landscape;
import dev.strata.plan.LandscapePolicy;
import dev.strata.scorecard.ScorecardRulesFile;
import dev.strata.store.BenchDiffs;
import dev.strata.store.ChangeProgress;
import dev.strata.store.LandscapeReader;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark's door to plan and export, as the application runs them, without a Spring context. */
public final class BenchPlans {

    private BenchPlans() {}

    /**
     * {@code strata plan} of the files against the graph (no prune, no policy): reads, diffs, measures impact. With
     * {@code database} the graph is read through its kernel, as the application does with the embedded database;
     * without, over Bolt, as with an external Neo4j.
     */
    public static LandscapeOutcome plan(
            Driver driver, @Nullable GraphDatabaseService database, List<LandscapeFile> files) {
        // No parse cache and no kept landscape: every plan parses every file and reads the whole graph.
        return new LandscapeService(
                        BenchDiffs.currentLandscape(driver, database),
                        new LandscapeReader(Neo4jClient.create(driver)),
                        null,
                        null,
                        CognitiveLoadModel.defaults(),
                        ScorecardRulesFile.shipped(),
                        new ParsedFileCache(0))
                .plan(files, false, LandscapePolicy.NONE);
    }

    /** {@code strata export}: the graph as landscape files, read as {@link #plan} reads it. */
    public static List<LandscapeFile> export(Driver driver, @Nullable GraphDatabaseService database) {
        Landscape landscape = BenchDiffs.currentLandscape(driver, database)
                .read(ChangeProgress.NONE)
                .landscape();
        return LandscapeExport.files(landscape);
    }
}
