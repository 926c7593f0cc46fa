package dev.strata.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of landscape nodes, each with its Neo4j label, its document kind in landscape files, and its fields
 * ({@link #fields()}, from {@link Fields}). The declaration order of {@link #inDeclarationOrder()} (value streams
 * first, consumers last) is the order in which documents refer to each other, and the order of exported files.
 */
public enum NodeKind {
    CAPABILITY("Capability", "capabilities.yaml", "capability"),
    PLATFORM("Platform", "platforms.yaml", "platform"),
    CONSUMER("Consumer", "consumers.yaml", "consumer"),
    TEAM("Team", "teams.yaml", "team"),
    VALUE_STREAM("ValueStream", "value-streams.yaml", "value stream"),
    LAYER("Layer", "layers.yaml", "layer");

    private static final List<NodeKind> DECLARATION_ORDER =
            List.of(VALUE_STREAM, TEAM, LAYER, PLATFORM, CAPABILITY, CONSUMER);

    private final String label;
    private final String defaultFile;
    private final String noun;

    NodeKind(String label, String defaultFile, String noun) {
        this.label = label;
        this.defaultFile = defaultFile;
        this.noun = noun;
    }

    /** The Neo4j label, the GraphQL type name and the {@code kind} of a landscape document, e.g. {@code Capability}. */
    public String label() {
        return label;
    }

    /** Where export writes nodes of this kind that have no source file yet. */
    public String defaultFile() {
        return defaultFile;
    }

    /** How messages name this kind, e.g. "value stream". */
    public String noun() {
        return noun;
    }

    /** The fields of this kind: the common ones (name, description, labels, source file), then its own. */
    public List<Field> fields() {
        return Fields.of(this);
    }

    public Optional<Field> field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The kind's own fields: those of a document's {@code spec} (the common ones are its {@code metadata}). */
    public List<Field> specFields() {
        return fields().stream().filter(f -> !Fields.COMMON.contains(f)).toList();
    }

    /** The fields stored as node properties (the others declare relationships). */
    public List<Field> propertyFields() {
        return fields().stream().filter(Field::isProperty).toList();
    }

    /** The fields that declare relationships. */
    public List<Field> relationshipFields() {
        return fields().stream().filter(f -> !f.isProperty()).toList();
    }

    /** The names of the node properties Strata manages for this kind (apply sets them, plan compares them). */
    public List<String> properties() {
        return propertyFields().stream().map(Field::name).toList();
    }

    /** Fills the values a node of this kind gets when its document leaves them out (see {@link Fields}). */
    public void applyDefaults(java.util.Map<String, Object> properties) {
        Fields.applyDefaults(this, properties);
    }

    /** The kinds in the order documents refer to each other: value streams, teams, layers, platforms, ... */
    public static List<NodeKind> inDeclarationOrder() {
        return DECLARATION_ORDER;
    }

    /** Position in {@link #inDeclarationOrder()}; precomputed because every landscape map compares by it. */
    public int declarationRank() {
        return Ranks.OF[ordinal()];
    }

    /** The ranks, computed once the declaration order exists (enum constants are built before static fields). */
    private static final class Ranks {
        static final int[] OF = new int[values().length];

        static {
            for (NodeKind kind : values()) {
                OF[kind.ordinal()] = DECLARATION_ORDER.indexOf(kind);
            }
        }
    }

    /** The kind with the given label / document kind ({@code Capability}), if any. */
    public static Optional<NodeKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** {@code ValueStream, Team, Layer, ...} for messages. */
    public static String labels() {
        return String.join(", ", DECLARATION_ORDER.stream().map(NodeKind::label).toList());
    }

    static Stream<NodeKind> stream() {
        return Arrays.stream(values());
    }
}
