package dev.strata.analytics.risk;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capabilities critical for some consumers: what the plan's impact compares before and after a change, for the
 * consumers the change touches. Read off the landscape's one dominator tree ({@link SinglePointsOfFailureAnalysis}),
 * which is linear to build, so asking for a few consumers costs no more than for all.
 */
public final class ConsumerCriticalCapabilities {

    private ConsumerCriticalCapabilities() {}

    /** Consumer key to its critical capabilities, sorted by key (empty when none); unknown keys are left out. */
    public static Map<String, List<String>> of(LandscapeSnapshot snapshot, Collection<String> consumerKeys) {
        SinglePointsOfFailureAnalysis analysis = SinglePointsOfFailureAnalysis.of(snapshot);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String key : consumerKeys) {
            int consumer = snapshot.indexOf(NodeKind.CONSUMER, key);
            if (consumer < 0) {
                continue;
            }
            List<String> critical = new ArrayList<>();
            for (int capability : analysis.criticalFor(consumer)) {
                critical.add(snapshot.key(capability));
            }
            critical.sort(null);
            result.put(key, List.copyOf(critical));
        }
        return result;
    }
}
