package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The document kinds of the format, one per node kind of the model (src/docs/model.md), with their {@code spec}
 * fields. A document declares its node and the relationships its fields name; it is the whole truth about them.
 */
enum Kind {
    VALUE_STREAM("ValueStream", NodeKind.VALUE_STREAM, "value-streams.yaml",
            Field.enumeration("kind", true, "BUSINESS", "ENABLING")),
    TEAM("Team", NodeKind.TEAM, "teams.yaml",
            Field.enumeration("type", true, "PLATFORM", "STREAM_ALIGNED", "ENABLING", "COMPLICATED_SUBSYSTEM"),
            Field.integer("size", true, 1, 10_000),
            Field.ref("valueStream", false, NodeKind.VALUE_STREAM, EdgeType.ALIGNED_TO, true)),
    LAYER("Layer", NodeKind.LAYER, "layers.yaml",
            Field.integer("rank", false, 1, 100),
            Field.bool("crossCutting")),
    PLATFORM("Platform", NodeKind.PLATFORM, "platforms.yaml",
            Field.integer("tier", true, 1, 3),
            Field.ref("layer", true, NodeKind.LAYER, EdgeType.IN_LAYER, true),
            Field.ref("owner", false, NodeKind.TEAM, EdgeType.OWNS, false)),
    CAPABILITY("Capability", NodeKind.CAPABILITY, "capabilities.yaml",
            Field.enumeration("lifecycle", true, "PLANNED", "BETA", "GA", "DEPRECATED", "RETIRED"),
            Field.integer("tier", true, 1, 3),
            Field.date("gaDate"),
            Field.string("category"),
            Field.decimal("sloTarget", 0, 100),
            Field.decimal("sloAttainment", 0, 100),
            Field.bool("compliant"),
            Field.ref("platform", false, NodeKind.PLATFORM, EdgeType.PROVIDES, false),
            Field.refs("dependsOn", NodeKind.CAPABILITY, EdgeType.DEPENDS_ON)),
    CONSUMER("Consumer", NodeKind.CONSUMER, "consumers.yaml",
            Field.enumeration("kind", true, "APPLICATION", "SERVICE", "AI_USE_CASE"),
            Field.integer("tier", true, 1, 3),
            Field.ref("owner", false, NodeKind.TEAM, EdgeType.OWNS, false),
            Field.consumes("consumes"));

    /** Properties every node carries besides its spec fields. */
    static final List<String> COMMON_PROPERTIES = List.of("name", "description", "labels", "sourceFile");

    private final String yamlName;
    private final NodeKind nodeKind;
    private final String defaultFile;
    private final List<Field> fields;

    Kind(String yamlName, NodeKind nodeKind, String defaultFile, Field... fields) {
        this.yamlName = yamlName;
        this.nodeKind = nodeKind;
        this.defaultFile = defaultFile;
        this.fields = List.of(fields);
    }

    String yamlName() {
        return yamlName;
    }

    NodeKind nodeKind() {
        return nodeKind;
    }

    /** Where export writes nodes of this kind that have no source file yet. */
    String defaultFile() {
        return defaultFile;
    }

    List<Field> fields() {
        return fields;
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The node properties Strata manages for this kind (apply sets them, plan compares them). */
    List<String> properties() {
        return Stream.concat(COMMON_PROPERTIES.stream(), fields.stream().filter(Field::isProperty).map(Field::name))
                .toList();
    }

    static Optional<Kind> ofYaml(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }

    static Kind of(NodeKind nodeKind) {
        return Arrays.stream(values()).filter(k -> k.nodeKind == nodeKind).findFirst().orElseThrow();
    }

    static String yamlNames() {
        return String.join(", ", Arrays.stream(values()).map(Kind::yamlName).toList());
    }
}
