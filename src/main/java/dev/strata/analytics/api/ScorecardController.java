package dev.strata.analytics.api;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.scorecard.PlatformScorecard;
import dev.strata.analytics.scorecard.ScorecardRule;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.analytics.scorecard.Scorecards;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import dev.strata.platform.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Product completeness scorecards of the platforms, from the in-memory snapshot with the rules in force. */
@Controller
class ScorecardController {

    private final LandscapeSnapshots snapshots;
    private final ScorecardRules rules;
    private final NodeBatches nodes;

    ScorecardController(LandscapeSnapshots snapshots, ScorecardRules rules, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.rules = rules;
        this.nodes = nodes;
    }

    @QueryMapping
    List<PlatformScorecard> platformScorecards(
            @Argument @Nullable String level, @Argument @Nullable Boolean failingOnly) {
        return Scorecards.all(snapshots.current(), rules).stream()
                .filter(card -> level == null || level.equals(card.level()))
                .filter(card -> !Boolean.TRUE.equals(failingOnly)
                        || card.passed() < card.results().size())
                .toList();
    }

    @QueryMapping
    PlatformScorecard platformScorecard(@Argument String platformKey) {
        return Scorecards.platform(snapshots.current(), rules, platformKey);
    }

    @QueryMapping
    ScorecardDefinition scorecardDefinition() {
        Map<@Nullable String, Integer> counts = new HashMap<>();
        for (PlatformScorecard card : Scorecards.all(snapshots.current(), rules)) {
            counts.merge(card.level(), 1, Integer::sum);
        }
        List<ScorecardLevelCount> distribution = new ArrayList<>();
        for (String level : rules.levels()) {
            distribution.add(new ScorecardLevelCount(level, counts.getOrDefault(level, 0)));
        }
        distribution.add(new ScorecardLevelCount(null, counts.getOrDefault(null, 0)));
        return new ScorecardDefinition(rules.levels(), rules.rules(), distribution);
    }

    /** {@code ScorecardDefinition}: the levels and rules in force, and how many platforms reach each level. */
    record ScorecardDefinition(
            List<String> levels, List<ScorecardRule> rules, List<ScorecardLevelCount> distribution) {}

    /** {@code ScorecardLevelCount}: platforms at a level; the level is null for platforms that reach none. */
    record ScorecardLevelCount(@Nullable String level, int platforms) {}

    @SchemaMapping(typeName = "PlatformScorecard", field = "total")
    int total(PlatformScorecard card) {
        return card.results().size();
    }

    @SchemaMapping(typeName = "ScorecardRule", field = "check")
    String check(ScorecardRule rule) {
        return rule.check().name();
    }

    @BatchMapping(typeName = "PlatformScorecard", field = "platform")
    Map<PlatformScorecard, LandscapeNode> platform(List<PlatformScorecard> cards) {
        return nodes.one(cards, card -> NodeBatches.ref(NodeKind.PLATFORM, card.platformKey()));
    }

    /** The level badges of the landscape map's boxes: today's scorecards of only the platforms it draws. */
    @BatchMapping(typeName = "MapPlatform", field = "scorecard")
    Map<MapRanking.MapPlatform, PlatformScorecard> mapScorecard(List<MapRanking.MapPlatform> platforms) {
        LandscapeSnapshot snapshot = snapshots.current();
        Map<MapRanking.MapPlatform, PlatformScorecard> cards = new LinkedHashMap<>();
        for (MapRanking.MapPlatform platform : platforms) {
            if (snapshot.indexOf(NodeKind.PLATFORM, platform.key()) >= 0) {
                cards.put(platform, Scorecards.platform(snapshot, rules, platform.key()));
            }
        }
        return cards;
    }

    @BatchMapping(typeName = "Platform", field = "scorecard")
    Map<Platform, PlatformScorecard> scorecard(List<Platform> platforms) {
        LandscapeSnapshot snapshot = snapshots.current();
        Map<Platform, PlatformScorecard> cards = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            if (snapshot.indexOf(NodeKind.PLATFORM, platform.key()) >= 0) {
                cards.put(platform, Scorecards.platform(snapshot, rules, platform.key()));
            }
        }
        return cards;
    }
}
