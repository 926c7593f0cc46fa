package dev.strata.plan;

import dev.strata.analytics.load.CognitiveLoadBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules a change must keep for CI (exit code 2 when one is broken); each is off unless set. Every rule judges
 * what the change does, so a change that touches nothing breaks none.
 *
 * @param failOnNewLayerViolation a change may not add an upward dependency
 * @param failOnNewCycle          a change may not add a dependency cycle
 * @param failOnOverloadedTeam    a change may not move a team into the OVERLOADED band
 * @param maxBlastRadius          a change may affect at most this many nodes: the blast radius of everything it
 *                                removes or changes in what dependents rely on, together
 */
public record LandscapePolicy(
        @Nullable Boolean failOnNewLayerViolation,
        @Nullable Boolean failOnNewCycle,
        @Nullable Boolean failOnOverloadedTeam,
        @Nullable Integer maxBlastRadius) {

    public static final LandscapePolicy NONE = new LandscapePolicy(false, false, false, null);

    /** Every broken rule, as a sentence naming what breaks it. */
    public List<String> violations(LandscapeImpact impact) {
        List<String> violations = new ArrayList<>();
        if (Boolean.TRUE.equals(failOnNewLayerViolation)) {
            impact.newLayerViolations()
                    .forEach(v -> violations.add("new layer violation: " + v.fromCapability() + " (" + v.fromLayer()
                            + ") depends on " + v.toCapability() + " (" + v.toLayer() + ")"));
            more(
                    violations,
                    impact.totals().newLayerViolations()
                            - impact.newLayerViolations().size(),
                    "layer violations");
        }
        if (Boolean.TRUE.equals(failOnNewCycle)) {
            impact.newCycles().forEach(c -> violations.add("new dependency cycle: " + String.join(" -> ", c.path())));
            more(violations, impact.totals().newCycles() - impact.newCycles().size(), "dependency cycles");
        }
        if (Boolean.TRUE.equals(failOnOverloadedTeam)) {
            impact.loadChanges().stream()
                    .filter(l -> l.bandAfter() == CognitiveLoadBand.OVERLOADED)
                    .forEach(l -> violations.add("team " + l.teamKey() + " becomes OVERLOADED (index "
                            + String.format(Locale.ROOT, "%.1f", l.indexAfter()) + ")"));
        }
        if (maxBlastRadius != null && impact.affected() > maxBlastRadius) {
            List<String> keys = impact.blastRadius().stream()
                    .map(CapabilityImpact::capabilityKey)
                    .toList();
            violations.add("the change affects " + impact.affected() + " nodes, above the limit of " + maxBlastRadius
                    + " (blast radius of "
                    + String.join(
                            ", ",
                            keys.size() > 5
                                    ? List.of(
                                            String.join(", ", keys.subList(0, 5)), "and " + (keys.size() - 5) + " more")
                                    : keys)
                    + ")");
        }
        return violations;
    }

    /** The findings past the impact's list limit, counted in one sentence. */
    private static void more(List<String> violations, int unlisted, String what) {
        if (unlisted > 0) {
            violations.add(String.format(Locale.ROOT, "and %,d more new %s", unlisted, what));
        }
    }
}
