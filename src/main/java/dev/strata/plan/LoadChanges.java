package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Teams whose cognitive-load band a change moves, from the load of every team before and after (cheap at any scale). */
final class LoadChanges {

    private LoadChanges() {}

    static List<LoadChange> between(LandscapeSnapshot before, LandscapeSnapshot after, CognitiveLoadModel model) {
        Map<String, TeamCognitiveLoad> then = loads(before, model);
        Map<String, TeamCognitiveLoad> now = loads(after, model);
        Set<String> teams = new TreeSet<>(then.keySet());
        teams.addAll(now.keySet());
        List<LoadChange> changes = new ArrayList<>();
        for (String team : teams) {
            TeamCognitiveLoad old = then.get(team);
            TeamCognitiveLoad load = now.get(team);
            CognitiveLoadBand oldBand = old == null ? null : old.band();
            CognitiveLoadBand newBand = load == null ? null : load.band();
            if (oldBand != newBand) {
                changes.add(new LoadChange(
                        team, oldBand, newBand, old == null ? null : old.index(), load == null ? null : load.index()));
            }
        }
        return changes;
    }

    private static Map<String, TeamCognitiveLoad> loads(LandscapeSnapshot snapshot, CognitiveLoadModel model) {
        Map<String, TeamCognitiveLoad> loads = new HashMap<>();
        for (TeamCognitiveLoad load : SnapshotCognitiveLoad.allTeams(snapshot, model)) {
            loads.put(load.teamKey(), load);
        }
        return loads;
    }
}
