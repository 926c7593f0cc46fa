package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import dev.strata.model.Lifecycle;
import java.util.Arrays;
import java.util.Optional;

/** An entity's tier and lifecycle as the model's values, with a finding for every default or correction. */
final class EntityValues {

    /** The tier of whatever the catalog gives no tier. */
    static final long DEFAULT_TIER = 2;

    private EntityValues() {}

    /** {@code strata.dev/tier}, else {@code spec.tier}, in any usual spelling; else the default tier. */
    static long tier(Entity entity, Findings findings) {
        String annotated = entity.annotation(Annotations.TIER);
        String field = annotated != null ? "metadata.annotations." + Annotations.TIER : "spec.tier";
        Object value = annotated != null ? annotated : entity.spec().get("tier");
        if (value == null) {
            findings.add(
                    Category.DEFAULTED,
                    entity,
                    "",
                    "tier",
                    entity.ref() + " has no tier (" + Annotations.TIER + " or spec.tier): tier " + DEFAULT_TIER
                            + " assumed");
            return DEFAULT_TIER;
        }
        Optional<Integer> tier = value instanceof String text ? Values.tier(text) : Optional.empty();
        if (tier.isEmpty()) {
            findings.add(
                    Category.INVALID_VALUE,
                    entity,
                    field,
                    "tier",
                    entity.ref() + " tier '" + value + "' is not a tier (1, tier-1, T1, ...): tier " + DEFAULT_TIER
                            + " assumed");
            return DEFAULT_TIER;
        }
        int read = tier.get();
        int used = Math.max(1, Math.min(3, read));
        if (used != read) {
            findings.add(
                    Category.INVALID_VALUE,
                    entity,
                    field,
                    "tier",
                    entity.ref() + " tier '" + value + "' is outside the model's tiers 1 to 3: tier " + used + " used");
        }
        return used;
    }

    /** {@code spec.lifecycle} as the model's; GA when absent (a finding unless the kind has none) or unknown. */
    static Lifecycle lifecycle(Entity entity, Findings findings) {
        String value = entity.specString("lifecycle");
        if (value == null) {
            if (!entity.kindKey().equals("resource")) {
                findings.add(
                        Category.DEFAULTED,
                        entity,
                        "",
                        "lifecycle",
                        entity.ref() + " has no spec.lifecycle:" + " GA assumed");
            }
            return Lifecycle.GA;
        }
        return Values.lifecycle(value).orElseGet(() -> {
            findings.add(
                    Category.INVALID_VALUE,
                    entity,
                    "spec.lifecycle",
                    "lifecycle",
                    entity.ref()
                            + " lifecycle '" + value
                            + "' is not one Strata knows (experimental, production, deprecated,"
                            + " ...): GA assumed");
            return Lifecycle.GA;
        });
    }

    /** Whether {@code value} is the name of one of the constants. */
    static boolean isOneOf(Enum<?>[] constants, String value) {
        return Arrays.stream(constants).anyMatch(c -> c.name().equals(value));
    }
}
