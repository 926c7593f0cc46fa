package dev.strata.analytics;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A random layered landscape for property-based tests, reproducible from its seed: ranked and cross-cutting layers,
 * teams with value streams, platforms, capabilities that mostly depend downwards (a few upward and same-layer
 * dependencies make layer violations and cycles), and consumers. Capabilities and consumers deliberately share keys
 * ({@code c0}, {@code c1}, ...) since keys are unique per label only.
 */
public final class RandomLandscape {

    /** Sizes and rates of a generated landscape. */
    public record Shape(
            int rankedLayers,
            int crossCuttingLayers,
            int valueStreams,
            int teams,
            int platforms,
            int capabilities,
            int consumers,
            int maxDependencies,
            int maxConsumed,
            double sameLayerRate,
            double upwardRate) {

        /** About 330 nodes and 700 relationships. */
        public static Shape small() {
            return new Shape(5, 2, 4, 14, 30, 160, 120, 3, 3, 0.25, 0.03);
        }

        /** About 100 000 nodes and 400 000 relationships. */
        public static Shape large() {
            return new Shape(5, 3, 40, 1_000, 4_000, 60_000, 35_000, 6, 6, 0.2, 0.0);
        }
    }

    /** A node with all the properties the model knows for its kind (null where absent). */
    public record Node(
            NodeKind kind,
            String key,
            String name,
            Integer tier,
            String lifecycle,
            Integer rank,
            Boolean crossCutting,
            String teamType,
            Integer size,
            LocalDate gaDate,
            Double sloTarget,
            Double sloAttainment,
            Boolean compliant,
            String category) {

        Node(
                NodeKind kind,
                String key,
                String name,
                Integer tier,
                String lifecycle,
                Integer rank,
                Boolean crossCutting,
                String teamType,
                Integer size) {
            this(kind, key, name, tier, lifecycle, rank, crossCutting, teamType, size, null, null, null, null, null);
        }

        public NodeRef ref() {
            return new NodeRef(kind, key);
        }

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("key", key);
            properties.put("name", name);
            put(properties, "tier", tier);
            put(properties, "lifecycle", lifecycle);
            put(properties, "rank", rank);
            put(properties, "crossCutting", crossCutting);
            put(properties, "type", teamType);
            put(properties, "size", size);
            put(properties, "gaDate", gaDate);
            put(properties, "sloTarget", sloTarget);
            put(properties, "sloAttainment", sloAttainment);
            put(properties, "compliant", compliant);
            put(properties, "category", category);
            return properties;
        }

        private static void put(Map<String, Object> properties, String name, Object value) {
            if (value != null) {
                properties.put(name, value);
            }
        }
    }

    /** A relationship; {@code mode} and {@code since} only on CONSUMES. */
    public record Edge(EdgeType type, NodeRef from, NodeRef to, String mode, LocalDate since) {}

    public final long seed;
    public final List<Node> nodes = new ArrayList<>();
    public final List<Edge> edges = new ArrayList<>();
    private final Map<NodeRef, Node> byRef = new HashMap<>();

    private RandomLandscape(long seed) {
        this.seed = seed;
    }

    public Node node(NodeRef ref) {
        return byRef.get(ref);
    }

    public List<Node> nodes(NodeKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).toList();
    }

    public static RandomLandscape generate(long seed, Shape shape) {
        Random random = new Random(seed);
        RandomLandscape landscape = new RandomLandscape(seed);
        List<Node> layers = new ArrayList<>();
        for (int r = 1; r <= shape.rankedLayers(); r++) {
            layers.add(landscape.add(
                    new Node(NodeKind.LAYER, "layer-" + r, "Layer " + r, null, null, r, false, null, null)));
        }
        for (int x = 1; x <= shape.crossCuttingLayers(); x++) {
            layers.add(landscape.add(
                    new Node(NodeKind.LAYER, "cross-" + x, "Cross-cutting " + x, null, null, null, true, null, null)));
        }
        List<Node> streams = new ArrayList<>();
        for (int i = 0; i < shape.valueStreams(); i++) {
            streams.add(landscape.add(new Node(
                    NodeKind.VALUE_STREAM, "vs" + i, "Value stream " + i, null, null, null, null, null, null)));
        }
        List<Node> teams = new ArrayList<>();
        TeamType[] teamTypes = TeamType.values();
        for (int i = 0; i < shape.teams(); i++) {
            Node team = landscape.add(new Node(
                    NodeKind.TEAM,
                    "t" + i,
                    "Team " + i,
                    null,
                    null,
                    null,
                    null,
                    teamTypes[random.nextInt(teamTypes.length)].name(),
                    1 + random.nextInt(9)));
            teams.add(team);
            if (random.nextDouble() < 0.85) {
                landscape.edge(EdgeType.ALIGNED_TO, team, streams.get(random.nextInt(streams.size())));
            }
        }
        List<Node> platforms = new ArrayList<>();
        Map<Node, Integer> platformRank = new HashMap<>();
        for (int i = 0; i < shape.platforms(); i++) {
            Node platform = landscape.add(new Node(
                    NodeKind.PLATFORM, "p" + i, "Platform " + i, 1 + random.nextInt(3), null, null, null, null, null));
            platforms.add(platform);
            Node layer = random.nextDouble() < 0.1 && shape.crossCuttingLayers() > 0
                    ? layers.get(shape.rankedLayers() + random.nextInt(shape.crossCuttingLayers()))
                    : layers.get(random.nextInt(shape.rankedLayers()));
            landscape.edge(EdgeType.IN_LAYER, platform, layer);
            platformRank.put(platform, layer.rank() == null ? 0 : layer.rank());
            if (random.nextDouble() < 0.9) {
                landscape.edge(EdgeType.OWNS, teams.get(random.nextInt(teams.size())), platform);
            }
        }
        List<Node> capabilities = new ArrayList<>();
        int[] rank = new int[shape.capabilities()];
        Lifecycle[] lifecycles = Lifecycle.values();
        List<List<Integer>> byRank = new ArrayList<>();
        for (int r = 0; r <= shape.rankedLayers(); r++) {
            byRank.add(new ArrayList<>());
        }
        for (int i = 0; i < shape.capabilities(); i++) {
            Node capability = landscape.add(new Node(
                    NodeKind.CAPABILITY,
                    "c" + i,
                    "Capability " + i,
                    1 + random.nextInt(3),
                    lifecycles[random.nextInt(lifecycles.length)].name(),
                    null,
                    null,
                    null,
                    null,
                    random.nextDouble() < 0.7 ? LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900)) : null,
                    random.nextDouble() < 0.8 ? 99.0 + random.nextInt(3) * 0.25 : null,
                    random.nextDouble() < 0.8 ? 98.5 + random.nextInt(12) * 0.125 : null,
                    random.nextDouble() < 0.8 ? random.nextBoolean() : null,
                    random.nextDouble() < 0.9 ? "category-" + random.nextInt(8) : null));
            capabilities.add(capability);
            if (random.nextDouble() < 0.95) {
                Node platform = platforms.get(random.nextInt(platforms.size()));
                landscape.edge(EdgeType.PROVIDES, platform, capability);
                rank[i] = platformRank.get(platform);
            }
            byRank.get(rank[i]).add(i);
        }
        for (int i = 0; i < shape.capabilities(); i++) {
            int wanted = random.nextInt(shape.maxDependencies() + 1);
            Set<Integer> chosen = new HashSet<>();
            for (int attempt = 0; attempt < 10 * wanted && chosen.size() < wanted; attempt++) {
                int j = pick(random, shape, byRank, rank[i], shape.capabilities());
                if (j >= 0 && j != i && chosen.add(j)) {
                    landscape.edge(EdgeType.DEPENDS_ON, capabilities.get(i), capabilities.get(j));
                }
            }
        }
        InteractionMode[] modes = InteractionMode.values();
        for (int i = 0; i < shape.consumers(); i++) {
            Node consumer = landscape.add(new Node(
                    NodeKind.CONSUMER, "c" + i, "Consumer " + i, 1 + random.nextInt(3), null, null, null, null, null));
            if (random.nextDouble() < 0.9) {
                landscape.edge(EdgeType.OWNS, teams.get(random.nextInt(teams.size())), consumer);
            }
            int wanted = 1 + random.nextInt(shape.maxConsumed());
            Set<Integer> chosen = new HashSet<>();
            for (int k = 0; k < wanted; k++) {
                int j = random.nextInt(capabilities.size());
                if (chosen.add(j)) {
                    landscape.edges.add(new Edge(
                            EdgeType.CONSUMES,
                            consumer.ref(),
                            capabilities.get(j).ref(),
                            modes[random.nextInt(modes.length)].name(),
                            LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000))));
                }
            }
        }
        return landscape;
    }

    /**
     * A dependency for a capability of the given rank (0 = cross-cutting or without platform): anywhere with the
     * upward rate (and always for rank 0), the same layer with the same-layer rate, otherwise a lower layer; -1 when
     * there is nothing below.
     */
    private static int pick(Random random, Shape shape, List<List<Integer>> byRank, int rank, int count) {
        double roll = random.nextDouble();
        if (roll < shape.upwardRate() || rank == 0) {
            return random.nextInt(count);
        }
        if (roll < shape.upwardRate() + shape.sameLayerRate()) {
            List<Integer> same = byRank.get(rank);
            return same.get(random.nextInt(same.size()));
        }
        if (rank == 1) {
            return -1;
        }
        List<Integer> lower = byRank.get(1 + random.nextInt(rank - 1));
        return lower.isEmpty() ? -1 : lower.get(random.nextInt(lower.size()));
    }

    private Node add(Node node) {
        nodes.add(node);
        byRef.put(node.ref(), node);
        return node;
    }

    private void edge(EdgeType type, Node from, Node to) {
        edges.add(new Edge(type, from.ref(), to.ref(), null, null));
    }

    // ------------------------------------------------------------------------------------------------ output

    private static final Map<NodeKind, String> CREATE_NODES = Map.of(
            NodeKind.CAPABILITY, "UNWIND $rows AS row CREATE (n:Capability) SET n = row",
            NodeKind.PLATFORM, "UNWIND $rows AS row CREATE (n:Platform) SET n = row",
            NodeKind.CONSUMER, "UNWIND $rows AS row CREATE (n:Consumer) SET n = row",
            NodeKind.TEAM, "UNWIND $rows AS row CREATE (n:Team) SET n = row",
            NodeKind.VALUE_STREAM, "UNWIND $rows AS row CREATE (n:ValueStream) SET n = row",
            NodeKind.LAYER, "UNWIND $rows AS row CREATE (n:Layer) SET n = row");

    private static final Map<String, String> CREATE_EDGES = Map.of(
            "DEPENDS_ON", """
                    UNWIND $rows AS row
                    MATCH (a:Capability {key: row.from})
                    MATCH (b:Capability {key: row.to})
                    CREATE (a)-[:DEPENDS_ON]->(b)""",
            "PROVIDES", """
                    UNWIND $rows AS row
                    MATCH (a:Platform {key: row.from})
                    MATCH (b:Capability {key: row.to})
                    CREATE (a)-[:PROVIDES]->(b)""",
            "CONSUMES", """
                    UNWIND $rows AS row
                    MATCH (a:Consumer {key: row.from})
                    MATCH (b:Capability {key: row.to})
                    CREATE (a)-[:CONSUMES {mode: row.mode, since: row.since}]->(b)""",
            "OWNS PLATFORM", """
                    UNWIND $rows AS row
                    MATCH (a:Team {key: row.from})
                    MATCH (b:Platform {key: row.to})
                    CREATE (a)-[:OWNS]->(b)""",
            "OWNS CONSUMER", """
                    UNWIND $rows AS row
                    MATCH (a:Team {key: row.from})
                    MATCH (b:Consumer {key: row.to})
                    CREATE (a)-[:OWNS]->(b)""",
            "IN_LAYER", """
                    UNWIND $rows AS row
                    MATCH (a:Platform {key: row.from})
                    MATCH (b:Layer {key: row.to})
                    CREATE (a)-[:IN_LAYER]->(b)""",
            "ALIGNED_TO", """
                    UNWIND $rows AS row
                    MATCH (a:Team {key: row.from})
                    MATCH (b:ValueStream {key: row.to})
                    CREATE (a)-[:ALIGNED_TO]->(b)""");

    /** Writes the landscape into an empty database in batches of 10 000 rows. */
    public void writeTo(Driver driver) {
        try (Session session = driver.session()) {
            for (NodeKind kind : NodeKind.values()) {
                write(
                        session,
                        CREATE_NODES.get(kind),
                        nodes(kind).stream().map(Node::properties).toList());
            }
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            for (Edge edge : edges) {
                String query = edge.type() == EdgeType.OWNS
                        ? "OWNS " + edge.to().kind()
                        : edge.type().name();
                Map<String, Object> row = new HashMap<>();
                row.put("from", edge.from().key());
                row.put("to", edge.to().key());
                if (edge.type() == EdgeType.CONSUMES) {
                    row.put("mode", edge.mode());
                    row.put("since", edge.since());
                }
                rows.computeIfAbsent(query, q -> new ArrayList<>()).add(row);
            }
            rows.forEach((query, batch) -> write(session, CREATE_EDGES.get(query), batch));
        }
    }

    private static void write(Session session, String query, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 10_000) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 10_000));
            session.executeWriteWithoutResult(
                    tx -> tx.run(query, Map.of("rows", batch)).consume());
        }
    }

    /**
     * The same landscape as model data, with properties typed as the graph reader returns them (integers as long).
     */
    public Landscape toLandscape() {
        Landscape landscape = new Landscape();
        for (Node node : nodes) {
            Map<String, Object> properties = node.properties();
            properties.remove("key");
            properties.replaceAll((name, value) -> value instanceof Integer i ? (Object) i.longValue() : value);
            landscape.put(new Landscape.Node(node.ref(), properties));
        }
        for (Edge edge : edges) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (edge.type() == EdgeType.CONSUMES) {
                properties.put("since", edge.since());
                properties.put("mode", edge.mode());
            }
            landscape.put(new Landscape.Edge(new Landscape.EdgeId(edge.type(), edge.from(), edge.to()), properties));
        }
        return landscape;
    }

    /** The same landscape as a snapshot, without a database. */
    public LandscapeSnapshot toSnapshot() {
        dev.strata.analytics.graph.SnapshotBuilder builder = LandscapeSnapshot.builder();
        for (Node node : nodes) {
            int index = builder.addNode(node.kind(), node.key(), node.name());
            builder.tier(index, node.tier());
            if (node.lifecycle() != null) {
                builder.lifecycle(index, Lifecycle.valueOf(node.lifecycle()));
            }
            if (node.kind() == NodeKind.LAYER) {
                builder.layer(index, node.rank(), node.crossCutting());
            }
            if (node.kind() == NodeKind.TEAM) {
                builder.team(index, TeamType.valueOf(node.teamType()), node.size());
            }
            if (node.kind() == NodeKind.CAPABILITY) {
                builder.capability(
                        index,
                        node.gaDate(),
                        node.sloTarget(),
                        node.sloAttainment(),
                        node.compliant(),
                        node.category());
            }
        }
        for (Edge edge : edges) {
            int from = builder.indexOf(edge.from().kind(), edge.from().key());
            int to = builder.indexOf(edge.to().kind(), edge.to().key());
            if (edge.type() == EdgeType.CONSUMES) {
                builder.addConsumes(from, to, InteractionMode.valueOf(edge.mode()), edge.since());
            } else {
                builder.addEdge(edge.type(), from, to);
            }
        }
        return builder.build();
    }
}
