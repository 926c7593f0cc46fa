package dev.strata.backstage;

import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.ConsumerKind;
import dev.strata.model.InteractionMode;
import dev.strata.model.Keys;
import dev.strata.model.TeamType;
import dev.strata.model.ValueStreamKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The {@code strata.dev/*} annotations: what Backstage cannot say, written by people who want Strata to know it. They
 * are instructions, so a value Strata cannot use, an annotation on a kind it does not apply to, or a misspelt name
 * is a problem (the import stops), unlike gaps in the catalog itself, which are warnings. Tiers are the exception:
 * catalogs write them in many ways, so a tier is read as well as it can be and otherwise warned about.
 */
final class Annotations {

    static final String PREFIX = "strata.dev/";
    static final String KIND = "strata.dev/kind";
    static final String LAYER = "strata.dev/layer";
    static final String TIER = "strata.dev/tier";
    static final String TEAM_TYPE = "strata.dev/team-type";
    static final String VALUE_STREAM = "strata.dev/value-stream";
    static final String VALUE_STREAM_KIND = "strata.dev/value-stream-kind";
    static final String INTERACTION_MODE = "strata.dev/interaction-mode";
    static final String CONSUMER_KIND = "strata.dev/consumer-kind";

    /** Each annotation: the kinds it applies to, what its value must be, and that rule in words. */
    private record Rule(Set<String> kinds, Predicate<String> valid, String expected) {}

    private static final Map<String, Rule> RULES = new TreeMap<>(Map.of(
            KIND,
            new Rule(Set.of("component"), Set.of("capability", "consumer")::contains, "capability or consumer"),
            LAYER,
            new Rule(Set.of("system"), Keys::isKey, "the key of a layer"),
            TIER,
            new Rule(Set.of("system", "api", "resource", "component"), v -> true, "a tier"),
            TEAM_TYPE,
            enumRule(Set.of("group"), TeamType.values()),
            VALUE_STREAM,
            new Rule(Set.of("group"), Keys::isKey, "the key of a value stream"),
            VALUE_STREAM_KIND,
            enumRule(Set.of("domain"), ValueStreamKind.values()),
            INTERACTION_MODE,
            enumRule(Set.of("component"), InteractionMode.values()),
            CONSUMER_KIND,
            enumRule(Set.of("component"), ConsumerKind.values())));

    private Annotations() {}

    private static Rule enumRule(Set<String> kinds, Enum<?>[] values) {
        List<String> names = Arrays.stream(values).map(Enum::name).toList();
        return new Rule(kinds, names::contains, "one of " + String.join(", ", names));
    }

    /** Every problem with the entity's {@code strata.dev/*} annotations. */
    static void check(Entity entity, List<Problem> problems) {
        if (!(entity.metadata().get("annotations") instanceof Map<?, ?> annotations)) {
            return;
        }
        for (Map.Entry<?, ?> entry : annotations.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String field = "metadata.annotations." + name;
            Rule rule = RULES.get(name);
            if (rule == null) {
                problems.add(new Problem(
                        Code.UNKNOWN_FIELD,
                        entity.file(),
                        entity.lineOf(field),
                        field,
                        "unknown annotation '" + name + "': Strata reads " + String.join(", ", RULES.keySet())));
            } else if (!rule.kinds().contains(entity.kindKey())) {
                problems.add(new Problem(
                        Code.UNKNOWN_FIELD,
                        entity.file(),
                        entity.lineOf(field),
                        field,
                        name + " applies to "
                                + String.join(
                                        ", ", rule.kinds().stream().sorted().toList()) + " entities, not to the kind "
                                + entity.kind()));
            } else if (!(entry.getValue() instanceof String value)
                    || !rule.valid().test(value)) {
                problems.add(new Problem(
                        Code.INVALID_VALUE,
                        entity.file(),
                        entity.lineOf(field),
                        field,
                        "'" + Keys.printable(String.valueOf(entry.getValue())) + "' is not " + rule.expected()));
            }
        }
    }
}
