package dev.strata.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which entity a mutation touches: its label and the input field holding its key. Mutations not listed here (token
 * management, landscape apply, refresh) are recorded with their input only.
 */
record AuditedTarget(String label, String key) {

    private static final Map<String, String[]> TARGETS = Map.ofEntries(
            Map.entry("createTeam", new String[] {"Team", "key"}), Map.entry("updateTeam", new String[] {"Team", "key"}),
            Map.entry("deleteTeam", new String[] {"Team", "key"}),
            Map.entry("createValueStream", new String[] {"ValueStream", "key"}),
            Map.entry("updateValueStream", new String[] {"ValueStream", "key"}),
            Map.entry("deleteValueStream", new String[] {"ValueStream", "key"}),
            Map.entry("createLayer", new String[] {"Layer", "key"}), Map.entry("updateLayer", new String[] {"Layer", "key"}),
            Map.entry("deleteLayer", new String[] {"Layer", "key"}),
            Map.entry("createPlatform", new String[] {"Platform", "key"}),
            Map.entry("updatePlatform", new String[] {"Platform", "key"}),
            Map.entry("deletePlatform", new String[] {"Platform", "key"}),
            Map.entry("createCapability", new String[] {"Capability", "key"}),
            Map.entry("updateCapability", new String[] {"Capability", "key"}),
            Map.entry("deleteCapability", new String[] {"Capability", "key"}),
            Map.entry("addDependency", new String[] {"Capability", "capabilityKey"}),
            Map.entry("removeDependency", new String[] {"Capability", "capabilityKey"}),
            Map.entry("createConsumer", new String[] {"Consumer", "key"}),
            Map.entry("updateConsumer", new String[] {"Consumer", "key"}),
            Map.entry("deleteConsumer", new String[] {"Consumer", "key"}),
            Map.entry("addConsumption", new String[] {"Consumer", "consumerKey"}),
            Map.entry("removeConsumption", new String[] {"Consumer", "consumerKey"}));

    static @Nullable AuditedTarget of(String mutation, Map<String, Object> arguments) {
        String[] target = TARGETS.get(mutation);
        if (target == null || !(arguments.get("input") instanceof Map<?, ?> input) || !(input.get(target[1]) instanceof String key)) {
            return null;
        }
        return new AuditedTarget(target[0], key);
    }
}
