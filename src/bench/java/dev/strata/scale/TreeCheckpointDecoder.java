package dev.strata.scale;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoint decoder {@code store.LandscapeCodec} had before {@code store.PayloadParser}: the payload read into
 * a generic tree of maps and lists, then converted and sorted. Kept as {@link HistoryCodecProbe}'s reference, so that
 * both are timed in one JVM under the same load.
 */
final class TreeCheckpointDecoder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATE = "d";

    private TreeCheckpointDecoder() {}

    static Landscape decodeLandscape(byte[] bytes) {
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
