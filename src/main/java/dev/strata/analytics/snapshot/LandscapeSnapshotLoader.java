package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.SnapshotBuilder;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Reads the whole landscape into a {@link LandscapeSnapshot} in one read transaction: one streamed query per label
 * and one per relationship type (twelve in all), no per-node queries. Relationships are resolved by business key, so
 * a relationship whose end has no {@code key} is skipped, as are nodes without one.
 */
public final class LandscapeSnapshotLoader {

    static final String CAPABILITIES = """
            MATCH (n:Capability)
            RETURN n.key AS key, n.name AS name, n.tier AS tier, n.lifecycle AS lifecycle, n.gaDate AS gaDate,
                   n.sloTarget AS sloTarget, n.sloAttainment AS sloAttainment, n.compliant AS compliant,
                   n.category AS category
            """;
    static final String PLATFORMS = """
            MATCH (n:Platform)
            RETURN n.key AS key, n.name AS name, n.tier AS tier, n.documentation IS :: STRING NOT NULL AS documented,
                   n.supportChannel IS :: STRING NOT NULL AS supported, n.onCall IS :: STRING NOT NULL AS onCall
            """;
    static final String CONSUMERS = """
            MATCH (n:Consumer)
            RETURN n.key AS key, n.name AS name, n.tier AS tier
            """;
    static final String TEAMS = """
            MATCH (n:Team)
            RETURN n.key AS key, n.name AS name, n.type AS type, n.size AS size
            """;
    static final String VALUE_STREAMS = """
            MATCH (n:ValueStream)
            RETURN n.key AS key, n.name AS name
            """;
    static final String LAYERS = """
            MATCH (n:Layer)
            RETURN n.key AS key, n.name AS name, n.rank AS rank, n.crossCutting AS crossCutting
            """;
    static final String DEPENDS_ON = """
            MATCH (a:Capability)-[:DEPENDS_ON]->(b:Capability)
            RETURN a.key AS from, b.key AS to
            """;
    static final String PROVIDES = """
            MATCH (a:Platform)-[:PROVIDES]->(b:Capability)
            RETURN a.key AS from, b.key AS to
            """;
    static final String CONSUMES = """
            MATCH (a:Consumer)-[r:CONSUMES]->(b:Capability)
            RETURN a.key AS from, b.key AS to, r.mode AS mode, r.since AS since
            """;
    static final String OWNS_PLATFORM = """
            MATCH (a:Team)-[:OWNS]->(b:Platform)
            RETURN a.key AS from, b.key AS to
            """;
    static final String OWNS_CONSUMER = """
            MATCH (a:Team)-[:OWNS]->(b:Consumer)
            RETURN a.key AS from, b.key AS to
            """;
    static final String IN_LAYER = """
            MATCH (a:Platform)-[:IN_LAYER]->(b:Layer)
            RETURN a.key AS from, b.key AS to
            """;
    static final String ALIGNED_TO = """
            MATCH (a:Team)-[:ALIGNED_TO]->(b:ValueStream)
            RETURN a.key AS from, b.key AS to
            """;

    private final Driver driver;
    private final TransactionConfig transactionConfig;

    /**
     * @param timeout server-side timeout of the read transaction that reads the whole graph
     */
    public LandscapeSnapshotLoader(Driver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.transactionConfig =
                TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Reads the current landscape. Retried by the driver on transient errors, each attempt from scratch. */
    public LandscapeSnapshot load() {
        try (Session session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(LandscapeSnapshotLoader::read, transactionConfig);
        }
    }

    static LandscapeSnapshot read(TransactionContext tx) {
        SnapshotBuilder b = LandscapeSnapshot.builder();
        nodes(
                tx,
                CAPABILITIES,
                NodeKind.CAPABILITY,
                b,
                (node, r) -> b.tier(node, integer(r.get(2)))
                        .lifecycle(node, constant(Lifecycle.class, r.get(3)))
                        .capability(
                                node,
                                date(r.get(4)),
                                decimal(r.get(5)),
                                decimal(r.get(6)),
                                bool(r.get(7)),
                                r.get(8).hasType(TypeSystem.getDefault().STRING())
                                        ? r.get(8).asString()
                                        : null));
        nodes(
                tx,
                PLATFORMS,
                NodeKind.PLATFORM,
                b,
                (node, r) -> b.tier(node, integer(r.get(2)))
                        .product(
                                node,
                                r.get(3).asBoolean(),
                                r.get(4).asBoolean(),
                                r.get(5).asBoolean()));
        nodes(tx, CONSUMERS, NodeKind.CONSUMER, b, (node, r) -> b.tier(node, integer(r.get(2))));
        nodes(
                tx,
                TEAMS,
                NodeKind.TEAM,
                b,
                (node, r) -> b.team(node, constant(TeamType.class, r.get(2)), integer(r.get(3))));
        nodes(tx, VALUE_STREAMS, NodeKind.VALUE_STREAM, b, (node, r) -> {});
        nodes(tx, LAYERS, NodeKind.LAYER, b, (node, r) -> {
            Integer rank = integer(r.get(2));
            Value crossCutting = r.get(3);
            b.layer(node, rank, crossCutting.isNull() ? rank == null : crossCutting.asBoolean(false));
        });
        edges(tx, DEPENDS_ON, EdgeType.DEPENDS_ON, NodeKind.CAPABILITY, NodeKind.CAPABILITY, b);
        edges(tx, PROVIDES, EdgeType.PROVIDES, NodeKind.PLATFORM, NodeKind.CAPABILITY, b);
        edges(tx, OWNS_PLATFORM, EdgeType.OWNS, NodeKind.TEAM, NodeKind.PLATFORM, b);
        edges(tx, OWNS_CONSUMER, EdgeType.OWNS, NodeKind.TEAM, NodeKind.CONSUMER, b);
        edges(tx, IN_LAYER, EdgeType.IN_LAYER, NodeKind.PLATFORM, NodeKind.LAYER, b);
        edges(tx, ALIGNED_TO, EdgeType.ALIGNED_TO, NodeKind.TEAM, NodeKind.VALUE_STREAM, b);
        Result consumes = tx.run(CONSUMES);
        while (consumes.hasNext()) {
            Record r = consumes.next();
            int from = node(b, NodeKind.CONSUMER, r.get(0));
            int to = node(b, NodeKind.CAPABILITY, r.get(1));
            if (from >= 0 && to >= 0) {
                b.addConsumes(from, to, constant(InteractionMode.class, r.get(2)), date(r.get(3)));
            }
        }
        return b.build();
    }

    private interface Attributes {
        void set(int node, Record record);
    }

    private static void nodes(
            TransactionContext tx, String query, NodeKind kind, SnapshotBuilder b, Attributes attributes) {
        Result result = tx.run(query);
        while (result.hasNext()) {
            Record r = result.next();
            Value key = r.get(0);
            if (key.isNull()) {
                continue;
            }
            Value name = r.get(1);
            int node = b.addNode(kind, key.asString(), name.isNull() ? null : name.asString());
            attributes.set(node, r);
        }
    }

    private static void edges(
            TransactionContext tx, String query, EdgeType type, NodeKind fromKind, NodeKind toKind, SnapshotBuilder b) {
        Result result = tx.run(query);
        while (result.hasNext()) {
            Record r = result.next();
            int from = node(b, fromKind, r.get(0));
            int to = node(b, toKind, r.get(1));
            if (from >= 0 && to >= 0) {
                b.addEdge(type, from, to);
            }
        }
    }

    private static int node(SnapshotBuilder b, NodeKind kind, Value key) {
        return key.isNull() ? -1 : b.indexOf(kind, key.asString());
    }

    private static @Nullable Integer integer(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        return value.hasType(types.INTEGER()) || value.hasType(types.FLOAT())
                ? value.asNumber().intValue()
                : null;
    }

    private static @Nullable Double decimal(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        return value.hasType(types.INTEGER()) || value.hasType(types.FLOAT())
                ? value.asNumber().doubleValue()
                : null;
    }

    private static @Nullable Boolean bool(Value value) {
        return value.hasType(TypeSystem.getDefault().BOOLEAN()) ? value.asBoolean() : null;
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, Value value) {
        if (value.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable LocalDate date(Value value) {
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(TypeSystem.getDefault().DATE())) {
            return value.asLocalDate();
        }
        try {
            return LocalDate.parse(value.asString());
        } catch (RuntimeException notADate) {
            return null;
        }
    }
}
