package dev.strata.analytics.risk;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.graph.LandscapeSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * The reference implementation of the structural risks, for tests and the benchmark only (the application computes
 * them from the snapshot: {@code OwnershipRisks}, {@code ReachRisks}, {@code SinglePointsOfFailureAnalysis}). Every
 * analytic but the single points of failure runs its file from cypher/analytics/ as is; the single points of
 * failure are computed per consumer (dominators of its own reachable graph, see {@link CriticalCapabilities}) over
 * the dependency structure read by two queries (or taken from a {@link LandscapeSnapshot}), and agree with
 * cypher/analytics/single-points-of-failure.cypher.
 */
public final class CypherRisks {

    /** Upper bound of {@code maxHops}: the literal bound of the traversals in the query files. */
    public static final int MAX_HOPS = 10;

    static final String UNOWNED = "unowned";
    static final String UNUSED = "unused-capabilities";
    static final String DEPRECATED_IN_USE = "deprecated-in-use";
    static final String TIER_INVERSIONS = "tier-inversions";
    static final String HANDOVER_POINTS = "handover-points";
    static final String OWNERSHIP_AMBIGUITY = "ownership-ambiguity";
    static final String UNPLACED_PLATFORMS = "unplaced-platforms";

    private static final String CAPABILITIES = """
            MATCH (c:Capability)
            OPTIONAL MATCH (p:Platform)-[:PROVIDES]->(c)
            RETURN c.key AS key,
                   c.name AS name,
                   p.key AS platformKey,
                   p.name AS platformName,
                   COLLECT { MATCH (c)-[:DEPENDS_ON]->(d:Capability) RETURN DISTINCT d.key } AS dependsOn
            ORDER BY key
            """;

    private static final String CONSUMERS = """
            MATCH (u:Consumer)
            RETURN u.key AS key,
                   COLLECT { MATCH (u)-[:CONSUMES]->(c:Capability) RETURN DISTINCT c.key } AS consumes
            ORDER BY key
            """;

    private final Driver driver;
    private final TransactionConfig transactionConfig;
    private final Map<String, String> queries = new LinkedHashMap<>();

    public CypherRisks(Driver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.transactionConfig = TransactionConfig.builder()
                .withTimeout(Objects.requireNonNull(timeout, "timeout"))
                .build();
        for (String id : List.of(
                UNOWNED,
                UNUSED,
                DEPRECATED_IN_USE,
                TIER_INVERSIONS,
                HANDOVER_POINTS,
                OWNERSHIP_AMBIGUITY,
                UNPLACED_PLATFORMS)) {
            queries.put(id, CypherQueries.load(id));
        }
    }

    /**
     * Capabilities (and platforms, by the union of their capabilities' consumers) ranked by the number of consumers
     * for which they are critical: X is critical for consumer U when U reaches X and no path leads from U to any sink
     * (capability without DEPENDS_ON) it reaches without passing X.
     */
    public SinglePointsOfFailure singlePointsOfFailure() {
        return singlePointsOfFailure(readDependencyGraph());
    }

    /**
     * {@link #singlePointsOfFailure()} computed from an in-memory snapshot instead of reading the dependency
     * structure with Cypher; same dominator computation, same result for the same landscape.
     */
    public static SinglePointsOfFailure singlePointsOfFailure(LandscapeSnapshot snapshot) {
        return singlePointsOfFailure(DependencyGraph.from(snapshot));
    }

    private static SinglePointsOfFailure singlePointsOfFailure(DependencyGraph graph) {
        CriticalCapabilities critical = new CriticalCapabilities(graph);
        Map<String, List<String>> byConsumer = new TreeMap<>();
        Map<Integer, TreeSet<String>> consumersByCapability = new TreeMap<>();
        for (int consumer = 0; consumer < graph.consumerCount(); consumer++) {
            int[] capabilities = critical.of(consumer);
            if (capabilities.length == 0) {
                continue;
            }
            String consumerKey = graph.consumerKeys.get(consumer);
            List<String> keys = new ArrayList<>(capabilities.length);
            for (int capability : capabilities) {
                keys.add(graph.capabilityKeys.get(capability));
                consumersByCapability
                        .computeIfAbsent(capability, c -> new TreeSet<>())
                        .add(consumerKey);
            }
            byConsumer.put(consumerKey, List.copyOf(keys));
        }

        List<CapabilitySinglePointOfFailure> capabilities = new ArrayList<>();
        Map<String, TreeSet<String>> consumersByPlatform = new TreeMap<>();
        Map<String, TreeSet<String>> capabilitiesByPlatform = new TreeMap<>();
        Map<String, String> platformNames = new LinkedHashMap<>();
        consumersByCapability.forEach((capability, consumers) -> {
            String key = graph.capabilityKeys.get(capability);
            String platformKey = graph.platformKeys.get(capability);
            capabilities.add(new CapabilitySinglePointOfFailure(
                    key, graph.capabilityNames.get(capability), platformKey, consumers.size(), List.copyOf(consumers)));
            if (platformKey != null) {
                consumersByPlatform
                        .computeIfAbsent(platformKey, p -> new TreeSet<>())
                        .addAll(consumers);
                capabilitiesByPlatform
                        .computeIfAbsent(platformKey, p -> new TreeSet<>())
                        .add(key);
                String platformName = graph.platformNames.get(capability);
                if (platformName != null) {
                    platformNames.put(platformKey, platformName);
                }
            }
        });
        capabilities.sort(Comparator.comparingInt(CapabilitySinglePointOfFailure::consumers)
                .reversed()
                .thenComparing(CapabilitySinglePointOfFailure::capabilityKey));

        List<PlatformSinglePointOfFailure> platforms = new ArrayList<>();
        consumersByPlatform.forEach((platformKey, consumers) -> platforms.add(new PlatformSinglePointOfFailure(
                platformKey,
                platformNames.get(platformKey),
                consumers.size(),
                List.copyOf(consumers),
                List.copyOf(capabilitiesByPlatform.get(platformKey)))));
        platforms.sort(Comparator.comparingInt(PlatformSinglePointOfFailure::consumers)
                .reversed()
                .thenComparing(PlatformSinglePointOfFailure::platformKey));
        return new SinglePointsOfFailure(capabilities, platforms, byConsumer);
    }

    /** Platforms without an owning team; capabilities without a providing platform or with an unowned platform. */
    public List<Unowned> unowned() {
        return list(
                UNOWNED,
                Map.of(),
                row -> new Unowned(
                        row.get("kind").asString(),
                        row.get("key").asString(),
                        row.get("name").asString(null),
                        row.get("reason").asString(),
                        row.get("platformKey").asString(null)));
    }

    /** Platforms in the layer {@code unassigned} or in no layer: not placed in the stack. */
    public List<UnplacedPlatform> unplacedPlatforms() {
        return list(
                UNPLACED_PLATFORMS,
                Map.of(),
                row -> new UnplacedPlatform(
                        row.get("platformKey").asString(),
                        row.get("platformName").asString(null),
                        row.get("reason").asString(),
                        row.get("capabilities").asInt(),
                        row.get("ownerKey").asString(null)));
    }

    /** Capabilities with no consumers and no dependents. */
    public List<UnusedCapability> unusedCapabilities() {
        return list(
                UNUSED,
                Map.of(),
                row -> new UnusedCapability(
                        row.get("capabilityKey").asString(),
                        row.get("capabilityName").asString(null),
                        row.get("lifecycle").asString(null),
                        row.get("platformKey").asString(null)));
    }

    /** Consumers relying on DEPRECATED or RETIRED capabilities within {@code maxHops} (1..{@value #MAX_HOPS}). */
    public List<DeprecatedInUse> deprecatedInUse(int maxHops) {
        return list(
                DEPRECATED_IN_USE,
                Map.of("maxHops", checkHops(maxHops)),
                row -> new DeprecatedInUse(
                        row.get("consumerKey").asString(),
                        row.get("consumerName").asString(null),
                        row.get("capabilityKey").asString(),
                        row.get("capabilityName").asString(null),
                        row.get("lifecycle").asString(),
                        row.get("hops").asInt(),
                        row.get("path").asList(Value::asString)));
    }

    /** Tier inversions within {@code maxHops} (1..{@value #MAX_HOPS}). */
    public List<TierInversion> tierInversions(int maxHops) {
        return list(
                TIER_INVERSIONS,
                Map.of("maxHops", checkHops(maxHops)),
                row -> new TierInversion(
                        row.get("sourceKind").asString(),
                        row.get("sourceKey").asString(),
                        row.get("sourceTier").asInt(),
                        row.get("targetKey").asString(),
                        row.get("targetTier").asInt(),
                        row.get("hops").asInt(),
                        row.get("path").asList(Value::asString)));
    }

    /** DEPENDS_ON and CONSUMES edges crossing team ownership, grouped by (fromTeam, toTeam), most edges first. */
    public List<HandoverPoint> handoverPoints() {
        return list(
                HANDOVER_POINTS,
                Map.of(),
                row -> new HandoverPoint(
                        row.get("fromTeamKey").asString(),
                        row.get("fromTeamName").asString(null),
                        row.get("toTeamKey").asString(),
                        row.get("toTeamName").asString(null),
                        row.get("dependsOnEdges").asInt(),
                        row.get("consumesEdges").asInt(),
                        row.get("edges").asInt()));
    }

    /** Capability categories offered by more than one platform. */
    public List<OwnershipAmbiguity> ownershipAmbiguity() {
        return list(
                OWNERSHIP_AMBIGUITY,
                Map.of(),
                row -> new OwnershipAmbiguity(
                        row.get("category").asString(),
                        row.get("platforms").asInt(),
                        row.get("teams").asInt(),
                        row.get("offerings")
                                .asList(offering -> new CategoryOffering(
                                        offering.get("platformKey").asString(),
                                        offering.get("platformName").asString(null),
                                        offering.get("teamKey").asString(null),
                                        offering.get("teamName").asString(null),
                                        offering.get("capabilityKeys").asList(Value::asString),
                                        offering.get("consumers").asInt()))));
    }

    private DependencyGraph readDependencyGraph() {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> {
                        DependencyGraph.Builder builder = DependencyGraph.builder();
                        tx.run(CAPABILITIES)
                                .forEachRemaining(row -> builder.capability(
                                        row.get("key").asString(),
                                        row.get("name").asString(null),
                                        row.get("platformKey").asString(null),
                                        row.get("platformName").asString(null),
                                        row.get("dependsOn").asList(Value::asString)));
                        tx.run(CONSUMERS)
                                .forEachRemaining(row -> builder.consumer(
                                        row.get("key").asString(),
                                        row.get("consumes").asList(Value::asString)));
                        return builder.build();
                    },
                    transactionConfig);
        }
    }

    private <T> List<T> list(String queryId, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (Session session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(queries.get(queryId), parameters).list(mapper), transactionConfig);
        }
    }

    private static int checkHops(int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", got " + maxHops);
        }
        return maxHops;
    }
}
