package dev.strata.analytics.impact;

import dev.strata.model.NodeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link BlastRadiusRequest}.
 *
 * @param totalCount     number of affected nodes (targets included)
 * @param offset         position of the first returned item in the sorted list
 * @param items          the requested page of affected nodes: tier-1 consumers first, then by depth, then by key
 *                       (then kind)
 * @param totals         counts over all affected nodes
 * @param tier1Consumers affected consumers of tier 1
 * @param severity       see {@link BlastRadiusEngine} for the formula
 * @param deepest        the largest depth of any affected node
 */
public record BlastRadiusResult(
        List<NodeRef> targets,
        Direction direction,
        Scenario scenario,
        @Nullable Integer maxDepth,
        int totalCount,
        int offset,
        List<AffectedNode> items,
        Totals totals,
        int tier1Consumers,
        long severity,
        int deepest) {

    public BlastRadiusResult {
        targets = List.copyOf(targets);
        items = List.copyOf(items);
    }

    /** Whether items follow the returned page. */
    public boolean hasMore() {
        return offset + items.size() < totalCount;
    }
}
