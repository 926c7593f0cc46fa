package dev.strata.analytics.adoption;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.NodeKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The reference implementation of the enabling value-stream metrics, for tests and the benchmark only (the
 * application computes them from the snapshot: {@code SnapshotAdoption}). Runs
 * cypher/analytics/capability-adoption.cypher, platform-adoption.cypher and team-adoption.cypher as they are for the
 * figures, and adds the quarterly trends built from the rows of adoption-events.cypher, both in one read
 * transaction.
 */
public final class CypherAdoption {

    static final String CAPABILITY_ADOPTION = "capability-adoption";
    static final String PLATFORM_ADOPTION = "platform-adoption";
    static final String TEAM_ADOPTION = "team-adoption";
    static final String ADOPTION_EVENTS = "adoption-events";

    private final Driver driver;
    private final TransactionConfig transactionConfig;
    private final String capabilityQuery = CypherQueries.load(CAPABILITY_ADOPTION);
    private final String platformQuery = CypherQueries.load(PLATFORM_ADOPTION);
    private final String teamQuery = CypherQueries.load(TEAM_ADOPTION);
    private final String eventsQuery = CypherQueries.load(ADOPTION_EVENTS);

    public CypherAdoption(Driver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.transactionConfig = TransactionConfig.builder()
                .withTimeout(Objects.requireNonNull(timeout, "timeout"))
                .build();
    }

    /** Every capability, highest adoption rate first (ties by key). */
    public List<CapabilityAdoption> capabilities() {
        return capabilities(null);
    }

    /** @throws UnknownNodeException naming the key when no capability has it */
    public CapabilityAdoption capability(String capabilityKey) {
        Objects.requireNonNull(capabilityKey, "capabilityKey");
        return capabilities(capabilityKey).stream()
                .findFirst()
                .orElseThrow(() -> new UnknownNodeException(NodeKind.CAPABILITY, capabilityKey));
    }

    /** Every platform, highest adoption rate first (ties by key). */
    public List<PlatformAdoption> platforms() {
        return platforms(null);
    }

    /** @throws UnknownNodeException naming the key when no platform has it */
    public PlatformAdoption platform(String platformKey) {
        Objects.requireNonNull(platformKey, "platformKey");
        return platforms(platformKey).stream()
                .findFirst()
                .orElseThrow(() -> new UnknownNodeException(NodeKind.PLATFORM, platformKey));
    }

    /** Every team owning at least one platform, highest adoption rate first (ties by key). */
    public List<TeamAdoption> platformTeams() {
        return teams(null);
    }

    /**
     * One team (reported with zeros if it owns no platform).
     *
     * @throws UnknownNodeException naming the key when no team has it
     */
    public TeamAdoption platformTeam(String teamKey) {
        Objects.requireNonNull(teamKey, "teamKey");
        return teams(teamKey).stream().findFirst().orElseThrow(() -> new UnknownNodeException(NodeKind.TEAM, teamKey));
    }

    private List<CapabilityAdoption> capabilities(@Nullable String key) {
        return read(tx -> {
            List<Record> rows =
                    tx.run(capabilityQuery, parameters("capabilityKey", key)).list();
            Trends trends = trends(tx, rows, eventParameters(key, null, null), AdoptionEvent::capabilityKey);
            return rows.stream()
                    .map(row -> {
                        String capabilityKey = row.get("capabilityKey").asString();
                        return new CapabilityAdoption(
                                capabilityKey,
                                row.get("capabilityName").asString(null),
                                row.get("lifecycle").asString(null),
                                row.get("platformKey").asString(null),
                                row.get("teamKey").asString(null),
                                row.get("consumers").asInt(),
                                row.get("adoptingTeams").asInt(),
                                row.get("streamAlignedTeams").asInt(),
                                row.get("adoptionRate").asDouble(),
                                date(row.get("gaDate")),
                                date(row.get("firstUse")),
                                row.get("daysToFirstUse").isNull()
                                        ? null
                                        : row.get("daysToFirstUse").asLong(),
                                row.get("deprecatedButUsed").asInt(),
                                number(row.get("sloTarget")),
                                number(row.get("sloAttainment")),
                                bool(row.get("sloMet")),
                                bool(row.get("compliant")),
                                trends.of(capabilityKey));
                    })
                    .toList();
        });
    }

    private List<PlatformAdoption> platforms(@Nullable String key) {
        return read(tx -> {
            List<Record> rows =
                    tx.run(platformQuery, parameters("platformKey", key)).list();
            Trends trends = trends(tx, rows, eventParameters(null, key, null), AdoptionEvent::platformKey);
            return rows.stream()
                    .map(row -> {
                        String platformKey = row.get("platformKey").asString();
                        return new PlatformAdoption(
                                platformKey,
                                row.get("platformName").asString(null),
                                row.get("teamKey").asString(null),
                                row.get("capabilities").asInt(),
                                row.get("consumers").asInt(),
                                row.get("adoptingTeams").asInt(),
                                row.get("streamAlignedTeams").asInt(),
                                row.get("adoptionRate").asDouble(),
                                date(row.get("firstUse")),
                                number(row.get("meanDaysToFirstUse")),
                                row.get("deprecatedButUsed").asInt(),
                                row.get("capabilitiesWithSlo").asInt(),
                                row.get("capabilitiesMeetingSlo").asInt(),
                                number(row.get("sloMetShare")),
                                row.get("capabilitiesWithCompliance").asInt(),
                                row.get("compliantCapabilities").asInt(),
                                number(row.get("compliantShare")),
                                trends.of(platformKey));
                    })
                    .toList();
        });
    }

    private List<TeamAdoption> teams(@Nullable String key) {
        return read(tx -> {
            List<Record> rows = tx.run(teamQuery, parameters("teamKey", key)).list();
            Trends trends = trends(tx, rows, eventParameters(null, null, key), AdoptionEvent::teamKey);
            return rows.stream()
                    .map(row -> {
                        String teamKey = row.get("teamKey").asString();
                        return new TeamAdoption(
                                teamKey,
                                row.get("teamName").asString(null),
                                row.get("teamType").asString(null),
                                row.get("platforms").asInt(),
                                row.get("capabilities").asInt(),
                                row.get("consumers").asInt(),
                                row.get("adoptingTeams").asInt(),
                                row.get("streamAlignedTeams").asInt(),
                                row.get("adoptionRate").asDouble(),
                                date(row.get("firstUse")),
                                number(row.get("meanDaysToFirstUse")),
                                row.get("deprecatedButUsed").asInt(),
                                row.get("capabilitiesWithSlo").asInt(),
                                row.get("capabilitiesMeetingSlo").asInt(),
                                number(row.get("sloMetShare")),
                                row.get("capabilitiesWithCompliance").asInt(),
                                row.get("compliantCapabilities").asInt(),
                                number(row.get("compliantShare")),
                                trends.of(teamKey));
                    })
                    .toList();
        });
    }

    private Trends trends(
            TransactionContext tx,
            List<Record> rows,
            Map<String, Object> eventParameters,
            Function<AdoptionEvent, @Nullable String> key) {
        if (rows.isEmpty()) {
            return Trends.of(List.of(), key, null, 0);
        }
        int streamAlignedTeams = rows.getFirst().get("streamAlignedTeams").asInt();
        List<Record> eventRows = tx.run(eventsQuery, eventParameters).list();
        LocalDate latestSince =
                eventRows.isEmpty() ? null : date(eventRows.getFirst().get("latestSince"));
        List<AdoptionEvent> events = eventRows.stream()
                .map(row -> new AdoptionEvent(
                        row.get("capabilityKey").asString(),
                        row.get("platformKey").asString(null),
                        row.get("teamKey").asString(null),
                        row.get("consumerKey").asString(),
                        row.get("consumingTeamKey").asString(null),
                        row.get("consumingTeamType").asString(null),
                        row.get("since").asLocalDate()))
                .toList();
        return Trends.of(events, key, latestSince, streamAlignedTeams);
    }

    private <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work, transactionConfig);
        }
    }

    static double rate(int adopting, int all) {
        return all == 0 ? 0.0 : (double) adopting / all;
    }

    private static Map<String, Object> parameters(String name, @Nullable String value) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(name, value);
        return parameters;
    }

    private static Map<String, Object> eventParameters(
            @Nullable String capabilityKey, @Nullable String platformKey, @Nullable String teamKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("capabilityKey", capabilityKey);
        parameters.put("platformKey", platformKey);
        parameters.put("teamKey", teamKey);
        return parameters;
    }

    private static @Nullable LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }

    private static @Nullable Double number(Value value) {
        return value.isNull() ? null : value.asNumber().doubleValue();
    }

    private static @Nullable Boolean bool(Value value) {
        return value.isNull() ? null : value.asBoolean();
    }
}
