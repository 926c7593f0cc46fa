package dev.strata.store;

import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JsonGenerator;
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
    static final String DATE = "d";

    private LandscapeCodec() {}

    /** A whole landscape (a checkpoint). */
    public static byte[] encode(Landscape landscape) {
        return gzip(json -> {
            array(json, "n", landscape.nodes().values(), LandscapeCodec::node);
            array(json, "e", landscape.edges().values(), LandscapeCodec::edge);
        });
    }

    /** What a writer writes for a change: the nodes and relationships put and removed. */
    public static byte[] encode(LandscapeDiff diff) {
        return gzip(json -> {
            array(json, "un", diff.upsertNodes(), LandscapeCodec::node);
            array(json, "rn", diff.removedNodes(), ref -> List.of(ref.kind().name(), ref.key()));
            array(json, "ue", diff.upsertEdges(), LandscapeCodec::edge);
            array(json, "re", diff.removedEdges(), LandscapeCodec::edgeId);
        });
    }

    /**
     * A landscape written by {@link #encode(Landscape)}. The encoder writes nodes and relationships in landscape
     * order, so they are only checked to be in order (a linear pass) and sorted only when they are not.
     */
    public static Landscape decodeLandscape(byte[] bytes) {
        PayloadParser.Parsed parsed = parse(bytes);
        List<Node> nodes = parsed.nodes();
        List<Edge> edges = parsed.edges();
        if (!inOrder(nodes, (a, b) -> compare(a.id(), b.id()))) {
            nodes.sort((a, b) -> Landscape.NODE_ORDER.compare(a.id(), b.id()));
        }
        if (!inOrder(edges, (a, b) -> compare(a.id(), b.id()))) {
            edges.sort((a, b) -> Landscape.EDGE_ORDER.compare(a.id(), b.id()));
        }
        return Landscape.ofSorted(nodes, edges);
    }

    /** Whether {@code values} are in strictly ascending order (each once). */
    private static <V> boolean inOrder(List<V> values, Comparator<V> order) {
        for (int i = 1; i < values.size(); i++) {
            if (order.compare(values.get(i - 1), values.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link Landscape#NODE_ORDER} written out: the composed comparator costs more than the decoding around it. */
    private static int compare(NodeRef a, NodeRef b) {
        if (a == b) {
            return 0;
        }
        int byKind = Integer.compare(a.kind().declarationRank(), b.kind().declarationRank());
        return byKind != 0 ? byKind : a.key().compareTo(b.key());
    }

    /** {@link Landscape#EDGE_ORDER} written out. */
    private static int compare(EdgeId a, EdgeId b) {
        int byType = a.type().compareTo(b.type());
        if (byType != 0) {
            return byType;
        }
        int byFrom = compare(a.from(), b.from());
        return byFrom != 0 ? byFrom : compare(a.to(), b.to());
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
        PayloadParser.Parsed parsed = parse(bytes);
        return new Changes(parsed.nodes(), parsed.removedNodes(), parsed.edges(), parsed.removedEdges());
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

    private static Map<String, Object> values(Map<String, Object> properties) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        properties.forEach((name, value) ->
                encoded.put(name, value instanceof LocalDate date ? Map.of(DATE, date.toString()) : value));
        return encoded;
    }

    private static PayloadParser.Parsed parse(byte[] bytes) {
        // A one-node change is a few hundred bytes: replaying 2,000 of them should not allocate 2,000 large buffers.
        int buffer = bytes.length < 4096 ? 4096 : 1 << 16;
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes), buffer)) {
            return PayloadParser.parse(JSON, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("history record unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * A JSON object, its fields written by {@code fields}, compressed. Written element by element into the compressed
     * output, never as one document in memory first: at scale L a checkpoint's document (a list per relationship, 4.6
     * million) ran the history start out of a 4 GiB heap, and a first apply's change record is as large.
     */
    private static byte[] gzip(Consumer<JsonGenerator> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes, 1 << 16);
                JsonGenerator json = JSON.createGenerator(zip)) {
            json.writeStartObject();
            fields.accept(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A field holding an array of the items, each encoded and written on its own. */
    private static <T> void array(JsonGenerator json, String name, Collection<T> items, Function<T, Object> encode) {
        json.writeName(name);
        json.writeStartArray();
        for (T item : items) {
            JSON.writeValue(json, encode.apply(item));
        }
        json.writeEndArray();
    }
}
