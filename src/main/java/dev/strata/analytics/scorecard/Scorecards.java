package dev.strata.analytics.scorecard;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@link ScorecardRules} to platforms of a {@link LandscapeSnapshot}. Per platform one pass over its
 * capabilities, their consumptions and their direct dependencies: linear in the snapshot for all platforms.
 * Stateless.
 */
public final class Scorecards {

    /** How many offending dependencies a reason names before it only counts them. */
    private static final int NAMED = 3;

    private static final String LIVE = "no live (BETA, GA or DEPRECATED) capability";

    private Scorecards() {}

    /** Every platform's scorecard, by platform key. */
    public static List<PlatformScorecard> all(LandscapeSnapshot snapshot, ScorecardRules rules) {
        Objects.requireNonNull(rules, "rules");
        int[] platforms = snapshot.nodes(NodeKind.PLATFORM);
        List<PlatformScorecard> cards = new ArrayList<>(platforms.length);
        for (int platform : platforms) {
            cards.add(score(snapshot, rules, platform));
        }
        return cards;
    }

    /**
     * One platform's scorecard.
     *
     * @throws UnknownNodeException naming the key when no platform has it
     */
    public static PlatformScorecard platform(LandscapeSnapshot snapshot, ScorecardRules rules, String platformKey) {
        int platform = snapshot.indexOf(NodeKind.PLATFORM, platformKey);
        if (platform < 0) {
            throw new UnknownNodeException(NodeKind.PLATFORM, platformKey);
        }
        return score(snapshot, rules, platform);
    }

    static PlatformScorecard score(LandscapeSnapshot s, ScorecardRules rules, int platform) {
        Facts facts = Facts.of(s, platform);
        List<RuleResult> results = new ArrayList<>(rules.rules().size());
        int lowestFailing = rules.levels().size();
        int passed = 0;
        for (ScorecardRule rule : rules.rules()) {
            RuleResult result = apply(s, rule, platform, facts);
            results.add(result);
            if (result.passed()) {
                passed++;
            } else {
                lowestFailing = Math.min(lowestFailing, rules.rank(rule.level()));
            }
        }
        String level = lowestFailing == 0 ? null : rules.levels().get(lowestFailing - 1);
        String next = lowestFailing < rules.levels().size() ? rules.levels().get(lowestFailing) : null;
        return new PlatformScorecard(s.key(platform), s.name(platform), level, next, passed, results);
    }

    private static RuleResult apply(LandscapeSnapshot s, ScorecardRule rule, int platform, Facts f) {
        return switch (rule.check()) {
            case OWNER -> {
                int owner = s.ownerOf(platform);
                yield result(rule, owner >= 0, owner >= 0 ? "owned by " + s.key(owner) : "no team owns it");
            }
            case DOCUMENTATION ->
                result(
                        rule,
                        s.documented(platform),
                        s.documented(platform) ? "documentation link declared" : "no documentation link");
            case SUPPORT_CHANNEL ->
                result(
                        rule,
                        s.supported(platform),
                        s.supported(platform) ? "support channel declared" : "no support channel");
            case ON_CALL ->
                result(rule, s.onCall(platform), s.onCall(platform) ? "on-call declared" : "no on-call rotation");
            case SLO_TARGET_SHARE -> share(rule, f.withTarget, f.live, "live capabilities have an SLO target", LIVE);
            case SLO_ATTAINMENT_SHARE ->
                share(
                        rule,
                        f.meetingTarget,
                        f.withAttainment,
                        "capabilities reporting SLO attainment meet their target",
                        "no live capability reports SLO attainment against a target");
            case SELF_SERVICE_SHARE ->
                share(
                        rule,
                        f.selfService,
                        f.consumptions,
                        "consumptions are self-service (X_AS_A_SERVICE)",
                        "no consumer uses its capabilities");
            case COMPLIANT_SHARE -> share(rule, f.compliant, f.live, "live capabilities are assessed compliant", LIVE);
            case GA_SHARE -> share(rule, f.ga, f.live, "live capabilities are GA", LIVE);
            case NO_DEPRECATED_DEPENDENCIES -> deprecatedDependencies(s, rule, platform);
        };
    }

    private static RuleResult share(ScorecardRule rule, int count, int total, String what, String nothing) {
        double min = Objects.requireNonNull(rule.min());
        if (total == 0) {
            return result(rule, false, nothing + ": nothing to measure");
        }
        double share = (double) count / total;
        boolean passed = share >= min;
        return result(
                rule,
                passed,
                count + " of " + total + " " + what + " (" + percent(share) + (passed ? " >= " : " < ") + percent(min)
                        + ")");
    }

    private static RuleResult deprecatedDependencies(LandscapeSnapshot s, ScorecardRule rule, int platform) {
        Adjacency provides = s.out(EdgeType.PROVIDES);
        Adjacency dependsOn = s.out(EdgeType.DEPENDS_ON);
        List<String> offending = new ArrayList<>();
        int count = 0;
        for (int p = provides.start(platform); p < provides.end(platform); p++) {
            int capability = provides.target(p);
            for (int d = dependsOn.start(capability); d < dependsOn.end(capability); d++) {
                int dependency = dependsOn.target(d);
                if (s.deprecatedOrRetired(dependency)) {
                    count++;
                    if (offending.size() < NAMED) {
                        offending.add(s.key(capability) + " -> " + s.key(dependency) + " ("
                                + Objects.requireNonNull(s.lifecycle(dependency)) + ")");
                    }
                }
            }
        }
        if (count == 0) {
            return result(rule, true, "no capability depends on a deprecated or retired one");
        }
        return result(
                rule,
                false,
                (count == 1 ? "1 dependency" : count + " dependencies") + " on deprecated or retired capabilities: "
                        + String.join(", ", offending)
                        + (count > offending.size() ? ", ..." : ""));
    }

    private static RuleResult result(ScorecardRule rule, boolean passed, String reason) {
        return new RuleResult(rule.key(), rule.level(), passed, reason);
    }

    private static String percent(double share) {
        double percent = share * 100;
        return (percent == Math.rint(percent)
                        ? String.valueOf((long) percent)
                        : String.format(Locale.ROOT, "%.1f", percent))
                + "%";
    }

    /** The counts the share checks compare, from one pass over a platform's capabilities. */
    private record Facts(
            int live,
            int withTarget,
            int withAttainment,
            int meetingTarget,
            int compliant,
            int ga,
            int consumptions,
            int selfService) {

        static Facts of(LandscapeSnapshot s, int platform) {
            Adjacency provides = s.out(EdgeType.PROVIDES);
            Adjacency consumedBy = s.in(EdgeType.CONSUMES);
            int live = 0;
            int withTarget = 0;
            int withAttainment = 0;
            int meetingTarget = 0;
            int compliant = 0;
            int ga = 0;
            int consumptions = 0;
            int selfService = 0;
            for (int p = provides.start(platform); p < provides.end(platform); p++) {
                int capability = provides.target(p);
                for (int c = consumedBy.start(capability); c < consumedBy.end(capability); c++) {
                    consumptions++;
                    if (s.consumptionMode(consumedBy.edge(c)) == InteractionMode.X_AS_A_SERVICE) {
                        selfService++;
                    }
                }
                if (!live(s.lifecycle(capability))) {
                    continue;
                }
                live++;
                Double target = s.sloTarget(capability);
                Double attainment = s.sloAttainment(capability);
                if (target != null) {
                    withTarget++;
                    if (attainment != null) {
                        withAttainment++;
                        if (attainment >= target) {
                            meetingTarget++;
                        }
                    }
                }
                if (Boolean.TRUE.equals(s.compliant(capability))) {
                    compliant++;
                }
                if (s.lifecycle(capability) == Lifecycle.GA) {
                    ga++;
                }
            }
            return new Facts(live, withTarget, withAttainment, meetingTarget, compliant, ga, consumptions, selfService);
        }

        private static boolean live(@Nullable Lifecycle lifecycle) {
            return lifecycle != Lifecycle.PLANNED && lifecycle != Lifecycle.RETIRED;
        }
    }
}
