package dev.strata.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue of every node kind's fields with their rules. The single place where a field, its type, range and
 * the relationship it declares are stated: landscape files, GraphQL mutations, export and validation all read it.
 * A separate class from {@link NodeKind} because the fields of one kind name other kinds.
 */
final class Fields {

    /**
     * Fields every node has. {@code sourceFile} and {@code entityRef} say where a node came from and are set by the
     * importers only: the file it was applied from, and for nodes imported from a Backstage catalog the full entity
     * ref ({@code kind:namespace/name}) they were mapped from, so the derived key can always be traced back.
     *
     * <p>A platform's {@code documentation}, {@code supportChannel} and {@code onCall} are what a product comes with
     * besides its capabilities (issue #14): a link to its docs, where users ask for help, and who is paged when it
     * breaks. The product scorecards check them.
     */
    static final List<Field> COMMON = List.of(
            Field.displayName(),
            Field.text("description"),
            Field.labels(),
            Field.string("sourceFile").asInternal(),
            Field.string("entityRef").asInternal());

    private static final Map<NodeKind, List<Field>> BY_KIND = new EnumMap<>(NodeKind.class);

    static {
        own(NodeKind.VALUE_STREAM, Field.enumeration("kind", true, ValueStreamKind.class));
        own(
                NodeKind.TEAM,
                Field.enumeration("type", true, TeamType.class),
                Field.integer("size", true, 1, 1000),
                Field.ref("valueStream", false, NodeKind.VALUE_STREAM, EdgeType.ALIGNED_TO));
        own(NodeKind.LAYER, Field.integer("rank", false, 1, 100), Field.bool("crossCutting"));
        own(
                NodeKind.PLATFORM,
                Field.integer("tier", true, 1, 3),
                Field.ref("layer", true, NodeKind.LAYER, EdgeType.IN_LAYER),
                Field.ref("owner", false, NodeKind.TEAM, EdgeType.OWNS),
                Field.string("documentation"),
                Field.string("supportChannel"),
                Field.string("onCall"));
        own(
                NodeKind.CAPABILITY,
                Field.enumeration("lifecycle", true, Lifecycle.class),
                Field.integer("tier", true, 1, 3),
                Field.date("gaDate"),
                Field.string("category"),
                Field.decimal("sloTarget", 0, 100),
                Field.decimal("sloAttainment", 0, 100),
                Field.bool("compliant"),
                Field.ref("platform", false, NodeKind.PLATFORM, EdgeType.PROVIDES),
                Field.refs("dependsOn", NodeKind.CAPABILITY, EdgeType.DEPENDS_ON, "depend on"));
        own(
                NodeKind.CONSUMER,
                Field.enumeration("kind", true, ConsumerKind.class),
                Field.integer("tier", true, 1, 3),
                Field.ref("owner", false, NodeKind.TEAM, EdgeType.OWNS),
                Field.consumes());
    }

    /** Properties of a {@code CONSUMES} relationship, as fields with their rules. */
    static final List<Field> CONSUMPTION =
            List.of(Field.date("since"), Field.enumeration("mode", false, InteractionMode.class));

    private Fields() {}

    private static void own(NodeKind kind, Field... fields) {
        BY_KIND.put(kind, Stream.concat(COMMON.stream(), Stream.of(fields)).toList());
    }

    /**
     * Fills values a node gets when its document leaves them out: a layer without an explicit {@code crossCutting}
     * is cross-cutting exactly when it has no rank.
     */
    static void applyDefaults(NodeKind kind, Map<String, Object> properties) {
        if (kind == NodeKind.LAYER && !properties.containsKey("crossCutting")) {
            properties.put("crossCutting", !properties.containsKey("rank"));
        }
    }

    static List<Field> of(NodeKind kind) {
        return BY_KIND.get(kind);
    }
}
