package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compact form of landscapes and changes in the history: gzipped JSON of arrays (a node is {@code [kind, key,
 * properties]}, a relationship {@code [type, fromKind, fromKey, toKind, toKey, properties]}), dates as
 * {@code {"d": "2024-03-31"}} so that they come back as dates. Decoding gives exactly the values the
 * {@link LandscapeReader} gives (integers as long, decimals as double), so a landscape read back from history compares
 * equal to the one that was stored.
 */
public final class LandscapeCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATE = "d";

    private LandscapeCodec() {}

    /** A whole landscape (a checkpoint). */
    public static byte[] encode(Landscape landscape) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(
                "n",
                landscape.nodes().values().stream().map(LandscapeCodec::node).toList());
        document.put(
                "e",
                landscape.edges().values().stream().map(LandscapeCodec::edge).toList());
        return gzip(document);
    }

    /** What a writer writes for a change: the nodes and relationships put and removed. */
    public static byte[] encode(LandscapeDiff diff) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("un", diff.upsertNodes().stream().map(LandscapeCodec::node).toList());
        document.put(
                "rn",
                diff.removedNodes().stream()
                        .map(ref -> List.of(ref.kind().name(), ref.key()))
                        .toList());
        document.put("ue", diff.upsertEdges().stream().map(LandscapeCodec::edge).toList());
        document.put(
                "re", diff.removedEdges().stream().map(LandscapeCodec::edgeId).toList());
        return gzip(document);
    }

    /** A landscape written by {@link #encode(Landscape)}. */
    public static Landscape decodeLandscape(byte[] bytes) {
        Map<String, Object> document = gunzip(bytes);
        List<Node> nodes = new ArrayList<>();
        for (Object node : list(document.get("n"))) {
            nodes.add(node(list(node)));
        }
        List<Edge> edges = new ArrayList<>();
        for (Object edge : list(document.get("e"))) {
            edges.add(edge(list(edge)));
        }
        nodes.sort((a, b) -> Landscape.NODE_ORDER.compare(a.id(), b.id()));
        edges.sort((a, b) -> Landscape.EDGE_ORDER.compare(a.id(), b.id()));
        return Landscape.ofSorted(nodes, edges);
    }

    /**
     * Applies a change written by {@link #encode(LandscapeDiff)} to {@code landscape}, in the order the writer and
     * the analytics snapshot apply it: relationships removed, nodes removed (with their relationships), nodes put,
     * relationships put.
     */
    public static void replay(byte[] change, Landscape landscape) {
        Changes changes = decodeChange(change);
        changes.removedEdges().forEach(landscape::remove);
        changes.removedNodes().forEach(landscape::remove);
        changes.upsertNodes().forEach(landscape::put);
        changes.upsertEdges().forEach(landscape::put);
    }

    /** A change as written: what was put and removed. */
    public record Changes(
            List<Node> upsertNodes, List<NodeRef> removedNodes, List<Edge> upsertEdges, List<EdgeId> removedEdges) {}

    /** A change written by {@link #encode(LandscapeDiff)}. */
    public static Changes decodeChange(byte[] bytes) {
        Map<String, Object> document = gunzip(bytes);
        List<Node> upsertNodes = new ArrayList<>();
        for (Object node : list(document.get("un"))) {
            upsertNodes.add(node(list(node)));
        }
        List<NodeRef> removedNodes = new ArrayList<>();
        for (Object ref : list(document.get("rn"))) {
            List<Object> parts = list(ref);
            removedNodes.add(new NodeRef(NodeKind.valueOf((String) parts.get(0)), (String) parts.get(1)));
        }
        List<Edge> upsertEdges = new ArrayList<>();
        for (Object edge : list(document.get("ue"))) {
            upsertEdges.add(edge(list(edge)));
        }
        List<EdgeId> removedEdges = new ArrayList<>();
        for (Object edge : list(document.get("re"))) {
            removedEdges.add(edgeId(list(edge)));
        }
        return new Changes(upsertNodes, removedNodes, upsertEdges, removedEdges);
    }

    private static List<Object> node(Node node) {
        return List.of(node.id().kind().name(), node.id().key(), values(node.properties()));
    }

    private static List<Object> edge(Edge edge) {
        List<Object> encoded = new ArrayList<>(edgeId(edge.id()));
        encoded.add(values(edge.properties()));
        return encoded;
    }

    private static List<Object> edgeId(EdgeId id) {
        return List.of(
                id.type().name(),
                id.from().kind().name(),
                id.from().key(),
                id.to().kind().name(),
                id.to().key());
    }

    private static Node node(List<Object> encoded) {
        NodeRef ref = new NodeRef(NodeKind.valueOf((String) encoded.get(0)), (String) encoded.get(1));
        return new Node(ref, properties(encoded.get(2)));
    }

    private static Edge edge(List<Object> encoded) {
        return new Edge(edgeId(encoded), properties(encoded.get(5)));
    }

    private static EdgeId edgeId(List<Object> encoded) {
        return new EdgeId(
                EdgeType.valueOf((String) encoded.get(0)),
                new NodeRef(NodeKind.valueOf((String) encoded.get(1)), (String) encoded.get(2)),
                new NodeRef(NodeKind.valueOf((String) encoded.get(3)), (String) encoded.get(4)));
    }

    private static Map<String, Object> values(Map<String, Object> properties) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        properties.forEach((name, value) ->
                encoded.put(name, value instanceof LocalDate date ? Map.of(DATE, date.toString()) : value));
        return encoded;
    }

    private static Map<String, Object> properties(Object encoded) {
        Map<String, Object> properties = new LinkedHashMap<>();
        map(encoded).forEach((name, value) -> properties.put(name, value(value)));
        return properties;
    }

    private static Object value(Object encoded) {
        if (encoded instanceof Map<?, ?> map && map.get(DATE) instanceof String date) {
            return LocalDate.parse(date);
        }
        if (encoded instanceof Integer number) {
            return number.longValue();
        }
        if (encoded instanceof List<?> list) {
            return List.copyOf(list);
        }
        return encoded;
    }

    private static byte[] gzip(Object document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes, 1 << 16)) {
            JSON.writeValue(zip, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return map(JSON.readValue(zip, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException("history record unreadable: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
