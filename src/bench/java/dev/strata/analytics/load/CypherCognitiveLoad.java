package dev.strata.analytics.load;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.NodeKind;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The reference implementation of team cognitive load, for tests and the benchmark only (the application computes it
 * from the snapshot: {@code SnapshotCognitiveLoad}): runs cypher/analytics/team-cognitive-load.cypher (the measures)
 * and folds the measures into contributions, index and band with a {@link CognitiveLoadModel}.
 */
public final class CypherCognitiveLoad {

    static final String QUERY_ID = "team-cognitive-load";

    private static final Comparator<TeamCognitiveLoad> BY_INDEX_DESCENDING =
            Comparator.comparingDouble(TeamCognitiveLoad::index).reversed().thenComparing(TeamCognitiveLoad::teamKey);

    private final Driver driver;
    private final TransactionConfig transactionConfig;
    private final CognitiveLoadModel model;
    private final String query = CypherQueries.load(QUERY_ID);

    public CypherCognitiveLoad(Driver driver, Duration timeout, CognitiveLoadModel model) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.transactionConfig = TransactionConfig.builder()
                .withTimeout(Objects.requireNonNull(timeout, "timeout"))
                .build();
        this.model = Objects.requireNonNull(model, "model");
    }

    public CypherCognitiveLoad(Driver driver, Duration timeout) {
        this(driver, timeout, CognitiveLoadModel.defaults());
    }

    public CognitiveLoadModel model() {
        return model;
    }

    /** Every team, highest index first (ties by team key). */
    public List<TeamCognitiveLoad> allTeams() {
        return run(null).stream().sorted(BY_INDEX_DESCENDING).toList();
    }

    /**
     * One team.
     *
     * @throws UnknownNodeException naming the key when no team has it
     */
    public TeamCognitiveLoad team(String teamKey) {
        Objects.requireNonNull(teamKey, "teamKey");
        return run(teamKey).stream().findFirst().orElseThrow(() -> new UnknownNodeException(NodeKind.TEAM, teamKey));
    }

    private List<TeamCognitiveLoad> run(@Nullable String teamKey) {
        Map<String, Object> parameters = new HashMap<>(model.parameters());
        parameters.put("teamKey", teamKey);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, parameters).list(this::toLoad), transactionConfig);
        }
    }

    private TeamCognitiveLoad toLoad(Record row) {
        int size = row.get("size").asInt();
        double weightedFanIn = row.get("weightedFanIn").asDouble();
        int consumingTeams = row.get("consumingTeams").asInt();
        int capabilities = row.get("capabilities").asInt();
        int platforms = row.get("platforms").asInt();
        int layers = row.get("layers").asInt();
        int handovers = row.get("handovers").asInt();
        List<Contribution> contributions =
                model.contributions(size, weightedFanIn, consumingTeams, capabilities, platforms, layers, handovers);
        double index = contributions.stream().mapToDouble(Contribution::points).sum();
        return new TeamCognitiveLoad(
                row.get("teamKey").asString(),
                row.get("teamName").asString(null),
                row.get("teamType").asString(null),
                size,
                consumingTeams,
                row.get("consumers").asInt(),
                weightedFanIn,
                platforms,
                capabilities,
                layers,
                handovers,
                index,
                model.band(index),
                contributions);
    }
}
