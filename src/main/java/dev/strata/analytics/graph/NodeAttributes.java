package dev.strata.analytics.graph;

import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sets a node's snapshot attributes, from typed values or from the model's property map (as files, the graph reader
 * and the write path's diffs carry them). Values of an unexpected type or out of range count as not set, the way
 * the Cypher references ignore them.
 */
final class NodeAttributes {

    private NodeAttributes() {}

    /** Every attribute of a node of the given kind from its model properties; unset ones are cleared. */
    static void fromProperties(SnapshotParts parts, int node, NodeKind kind, Map<String, Object> p) {
        parts.clearAttributes(node);
        Object name = p.get("name");
        parts.names[node] = name instanceof String text ? text : parts.keys[node];
        switch (kind) {
            case CAPABILITY -> {
                tier(parts, node, integer(p.get("tier")));
                Lifecycle lifecycle = constant(Lifecycle.class, p.get("lifecycle"));
                parts.lifecycles[node] = lifecycle == null ? 0 : (byte) (lifecycle.ordinal() + 1);
                capability(
                        parts,
                        node,
                        date(p.get("gaDate")),
                        decimal(p.get("sloTarget")),
                        decimal(p.get("sloAttainment")),
                        p.get("compliant") instanceof Boolean b ? b : null,
                        p.get("category") instanceof String c ? c : null);
            }
            case PLATFORM -> {
                tier(parts, node, integer(p.get("tier")));
                product(
                        parts,
                        node,
                        p.get("documentation") instanceof String,
                        p.get("supportChannel") instanceof String,
                        p.get("onCall") instanceof String);
            }
            case CONSUMER -> tier(parts, node, integer(p.get("tier")));
            case LAYER -> {
                Integer rank = integer(p.get("rank"));
                Object crossCutting = p.get("crossCutting");
                layer(parts, node, rank, crossCutting instanceof Boolean b ? b : rank == null);
            }
            case TEAM -> {
                TeamType type = constant(TeamType.class, p.get("type"));
                parts.teamTypes[node] = type == null ? 0 : (byte) (type.ordinal() + 1);
                Integer size = integer(p.get("size"));
                parts.teamSizes[node] = size == null ? 0 : size;
            }
            case VALUE_STREAM -> {}
        }
    }

    static void tier(SnapshotParts parts, int node, @Nullable Integer tier) {
        parts.tiers[node] = tier != null && tier >= 1 && tier <= 3 ? tier.byteValue() : 0;
    }

    static void layer(SnapshotParts parts, int node, @Nullable Integer rank, boolean crossCutting) {
        parts.layerRanks[node] = rank == null ? LandscapeSnapshot.NO_RANK : rank;
        parts.flags[node] = (byte)
                (crossCutting
                        ? parts.flags[node] | SnapshotParts.CROSS_CUTTING
                        : parts.flags[node] & ~SnapshotParts.CROSS_CUTTING);
    }

    /** What a platform comes with as a product: documentation, support channel, on-call rotation. */
    static void product(SnapshotParts parts, int node, boolean documented, boolean supported, boolean onCall) {
        int flags = parts.flags[node] & ~SnapshotParts.PRODUCT_FLAGS;
        flags |= documented ? SnapshotParts.DOCUMENTED : 0;
        flags |= supported ? SnapshotParts.SUPPORTED : 0;
        flags |= onCall ? SnapshotParts.ON_CALL : 0;
        parts.flags[node] = (byte) flags;
    }

    static void capability(
            SnapshotParts parts,
            int node,
            @Nullable LocalDate gaDate,
            @Nullable Double sloTarget,
            @Nullable Double sloAttainment,
            @Nullable Boolean compliant,
            @Nullable String category) {
        parts.gaDays[node] = day(gaDate);
        parts.sloTargets[node] = sloTarget == null ? Double.NaN : sloTarget;
        parts.sloAttainments[node] = sloAttainment == null ? Double.NaN : sloAttainment;
        parts.compliance[node] = compliant == null ? 0 : compliant ? (byte) 2 : (byte) 1;
        parts.categories[node] = category;
    }

    static byte mode(@Nullable InteractionMode mode) {
        return mode == null ? 0 : (byte) (mode.ordinal() + 1);
    }

    static int day(@Nullable LocalDate date) {
        return date == null ? SnapshotParts.NO_DATE : Math.toIntExact(date.toEpochDay());
    }

    static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    static @Nullable Double decimal(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    /** A date, or its ISO text; anything else is not a date. */
    static @Nullable LocalDate date(@Nullable Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (RuntimeException notADate) {
                return null;
            }
        }
        return null;
    }

    static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable Object value) {
        if (value instanceof Enum<?> e && type.isInstance(e)) {
            return type.cast(e);
        }
        if (value instanceof String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return null;
    }
}
