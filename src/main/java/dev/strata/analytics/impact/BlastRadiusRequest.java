package dev.strata.analytics.impact;

import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A blast-radius question.
 *
 * @param targets   the failing or changing nodes (capabilities, platforms, teams, consumers or layers); duplicates
 *                  are dropped, order is kept (it decides ties between equally short explaining paths)
 * @param scenario  FAIL or CHANGE; recorded only, see {@link Scenario}
 * @param direction DOWNSTREAM (who is affected) or UPSTREAM (what the targets rely on)
 * @param maxDepth  the most {@code DEPENDS_ON} hops followed from the targets' capabilities; null = unbounded
 * @param offset    first item of the sorted affected nodes to return
 * @param limit     most items to return; null = all. Totals always cover every affected node.
 */
public record BlastRadiusRequest(
        List<NodeRef> targets,
        Scenario scenario,
        Direction direction,
        @Nullable Integer maxDepth,
        int offset,
        @Nullable Integer limit) {

    /** Kinds a target may have. */
    public static final Set<NodeKind> TARGET_KINDS =
            EnumSet.of(NodeKind.CAPABILITY, NodeKind.PLATFORM, NodeKind.TEAM, NodeKind.CONSUMER, NodeKind.LAYER);

    public BlastRadiusRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(direction, "direction");
        targets = List.copyOf(new LinkedHashSet<>(targets));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a blast radius needs at least one target");
        }
        for (NodeRef target : targets) {
            if (!TARGET_KINDS.contains(target.kind())) {
                throw new IllegalArgumentException(
                        "a blast-radius target cannot be a " + target.kind() + ": " + target);
            }
        }
        if (maxDepth != null && maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative: " + maxDepth);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** Who is affected when the targets fail; unbounded, all items. */
    public static BlastRadiusRequest downstream(NodeRef... targets) {
        return new BlastRadiusRequest(List.of(targets), Scenario.FAIL, Direction.DOWNSTREAM, null, 0, null);
    }

    /** What the targets rely on; unbounded, all items. */
    public static BlastRadiusRequest upstream(NodeRef... targets) {
        return new BlastRadiusRequest(List.of(targets), Scenario.FAIL, Direction.UPSTREAM, null, 0, null);
    }

    public BlastRadiusRequest withScenario(Scenario newScenario) {
        return new BlastRadiusRequest(targets, newScenario, direction, maxDepth, offset, limit);
    }

    public BlastRadiusRequest withMaxDepth(@Nullable Integer newMaxDepth) {
        return new BlastRadiusRequest(targets, scenario, direction, newMaxDepth, offset, limit);
    }

    public BlastRadiusRequest withPage(int newOffset, @Nullable Integer newLimit) {
        return new BlastRadiusRequest(targets, scenario, direction, maxDepth, newOffset, newLimit);
    }
}
