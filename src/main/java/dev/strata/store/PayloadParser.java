package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link LandscapeCodec} payload token by token into nodes, relationships and references, without the tree
 * of maps and lists a generic JSON read builds first: decoding a checkpoint of scale M (560,000 nodes and
 * relationships) took about 2 s that way, most of a cold {@code asOf}. Gives exactly the values the tree read gave:
 * integers as long, decimals as double, {@code {"d": ...}} as dates, lists as immutable lists of their elements.
 */
final class PayloadParser {

    /** The arrays of a payload: a checkpoint has {@code n} and {@code e}, a change {@code un, rn, ue, re}. */
    record Parsed(List<Node> nodes, List<NodeRef> removedNodes, List<Edge> edges, List<EdgeId> removedEdges) {}

    private final JsonParser parser;
    /**
     * The nodes read so far by reference, and the texts and dates read so far: a relationship names its ends by the
     * references its nodes were read with, and a repeated value (a source file, a lifecycle, a date) is one object.
     * What a checkpoint keeps alive is then mostly its nodes, relationships and maps, which is what a collector must
     * copy while it is being decoded (at scale M the collection pauses were most of the decoding time).
     */
    private final Map<NodeRef, NodeRef> refs = new HashMap<>();

    private final Map<Object, Object> values = new HashMap<>();

    private final Map<String, LocalDate> dates = new HashMap<>();

    /** The start of the relationship read last: relationships come sorted by it, so it is often the next one's. */
    private @Nullable NodeRef lastFrom;

    private PayloadParser(JsonParser parser) {
        this.parser = parser;
    }

    static Parsed parse(JsonMapper json, InputStream in) {
        try (JsonParser parser = json.createParser(in)) {
            return new PayloadParser(parser).document();
        }
    }

    private Parsed document() {
        List<Node> nodes = new ArrayList<>();
        List<NodeRef> removedNodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<EdgeId> removedEdges = new ArrayList<>();
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            switch (name) {
                case "n", "un" -> {
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        NodeRef ref = ref();
                        nodes.add(new Node(ref, properties()));
                        expect(parser.nextToken(), JsonToken.END_ARRAY);
                    }
                }
                case "e", "ue" -> {
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        EdgeId id = edgeId();
                        edges.add(new Edge(id, properties()));
                        expect(parser.nextToken(), JsonToken.END_ARRAY);
                    }
                }
                case "rn" -> {
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        removedNodes.add(ref());
                        expect(parser.nextToken(), JsonToken.END_ARRAY);
                    }
                }
                case "re" -> {
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        removedEdges.add(edgeId());
                        expect(parser.nextToken(), JsonToken.END_ARRAY);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Parsed(nodes, removedNodes, edges, removedEdges);
    }

    private NodeRef ref() {
        NodeRef ref = new NodeRef(NodeKind.valueOf(text()), text());
        NodeRef known = refs.putIfAbsent(ref, ref);
        return known == null ? ref : known;
    }

    private EdgeId edgeId() {
        EdgeType type = EdgeType.valueOf(text());
        NodeKind kind = NodeKind.valueOf(text());
        String key = text();
        NodeRef last = lastFrom;
        NodeRef from;
        if (last != null && last.kind() == kind && last.key().equals(key)) {
            from = last;
        } else {
            from = new NodeRef(kind, key);
            NodeRef known = refs.putIfAbsent(from, from);
            from = known == null ? from : known;
            lastFrom = from;
        }
        return new EdgeId(type, from, ref());
    }

    private String text() {
        expect(parser.nextToken(), JsonToken.VALUE_STRING);
        return parser.getString();
    }

    /** The next value, an object of properties. */
    private Map<String, Object> properties() {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            properties.put(name, property(parser.nextToken()));
        }
        return properties;
    }

    /** A property's value: integers widened to long, a date object as a date. */
    private @Nullable Object property(JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getNumberValue()
                    : (Object) parser.getLongValue();
        }
        if (token == JsonToken.START_ARRAY) {
            List<@Nullable Object> elements = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                elements.add(element(next));
            }
            return List.copyOf(elements);
        }
        return element(token);
    }

    /** A value as the generic read gave it (an element of a list keeps its int). */
    private @Nullable Object element(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> shared(parser.getString());
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT -> object();
            case START_ARRAY -> {
                List<@Nullable Object> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    elements.add(element(next));
                }
                yield elements;
            }
            default -> throw new IllegalStateException("history record unreadable: unexpected " + token);
        };
    }

    /**
     * An object value: a date ({@code {"d": "2024-03-31"}}, read without a map and parsed once per distinct date: a
     * checkpoint of M holds a few hundred thousand of them and a few thousand distinct), else the map as read.
     */
    private Object object() {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if (map.isEmpty() && LandscapeCodec.DATE.equals(name) && token == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (parser.nextName() == null) {
                    return dates.computeIfAbsent(text, LocalDate::parse);
                }
                map.put(name, shared(text));
                map.put(parser.currentName(), element(parser.nextToken()));
                continue;
            }
            map.put(name, element(token));
        }
        if (map.get(LandscapeCodec.DATE) instanceof String date) {
            return dates.computeIfAbsent(date, LocalDate::parse);
        }
        return map;
    }

    /** The equal value read before, if any (texts and dates are immutable). */
    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }

    private static void expect(@Nullable JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalStateException("history record unreadable: expected " + expected + ", found " + token);
        }
    }
}
