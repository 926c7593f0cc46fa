package dev.strata.plan;

import dev.strata.model.LandscapeDiff.Action;
import java.util.List;

/**
 * The blast radius, on today's landscape, of a capability the change removes or changes in what its dependents rely
 * on.
 *
 * @param capabilityKey  the capability
 * @param action         CHANGE or REMOVE
 * @param reasons        what changes: {@code removed}, or fields and relationships ({@code lifecycle}, {@code tier},
 *                       {@code sloTarget}, {@code dependsOn}, {@code platform})
 * @param affected       nodes affected downstream, itself excluded
 * @param tier1Consumers affected consumers of tier 1
 * @param severity       severity as the blast-radius analytics computes it
 */
public record CapabilityImpact(
        String capabilityKey, Action action, List<String> reasons, int affected, int tier1Consumers, double severity) {

    public CapabilityImpact {
        reasons = List.copyOf(reasons);
    }
}
