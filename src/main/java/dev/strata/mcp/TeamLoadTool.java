package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.Contribution;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code team_load}: a team's cognitive load with the terms of its index, or the teams in a band, most loaded first;
 * the engine and model of {@code Query.teamCognitiveLoad} and {@code Query.cognitiveLoad}.
 */
@Component
class TeamLoadTool implements StrataTool {

    private final ToolSnapshots snapshots;
    private final CognitiveLoadModel model;

    TeamLoadTool(ToolSnapshots snapshots, CognitiveLoadModel model) {
        this.snapshots = snapshots;
        this.model = model;
    }

    @Override
    public String name() {
        return "team_load";
    }

    @Override
    public String title() {
        return "Team cognitive load";
    }

    @Override
    public String description() {
        return "Cognitive load of a team (index, band LOW/MODERATE/HIGH/OVERLOADED and the terms that make it up:"
                + " consumers, consuming teams, platforms, capabilities, layers, handovers), to check before giving a"
                + " team more to own or support. Give 'team' for one team, or 'band' for every team in that band; with"
                + " neither, the most loaded teams. Lists are ordered by index, highest first.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(properties(
                ToolSnapshots.AS_OF,
                ToolSnapshots.asOfSchema(),
                "team",
                string("Key of a team, e.g. 'team-kubernetes'"),
                "band",
                enumeration("List the teams in this band", CognitiveLoadBand.class),
                "limit",
                integer("Most teams listed", 1, 200, 20)));
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of("Query.cognitiveLoad");
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        LandscapeSnapshot snapshot = snapshots.of(arguments);
        if (arguments.has("team")) {
            if (arguments.has("band")) {
                throw new ToolFailure(name() + ": give 'team' or 'band', not both");
            }
            int team = SnapshotNodes.resolve(snapshot, name(), "team", NodeKind.TEAM, arguments.string("team"));
            TeamCognitiveLoad load = SnapshotCognitiveLoad.team(snapshot, model, snapshot.key(team));
            StringBuilder text = new StringBuilder(line(load));
            for (Contribution term : load.contributions()) {
                text.append("\n- ")
                        .append(term.name())
                        .append(": ")
                        .append(format(term.rawValue()))
                        .append(" x ")
                        .append(format(term.weight()))
                        .append(" / size = ")
                        .append(format(term.points()))
                        .append(" points");
            }
            return new ToolAnswer(text.toString(), Map.of("team", load));
        }
        CognitiveLoadBand band = arguments.optionalEnum("band", CognitiveLoadBand.class);
        int limit = arguments.integer("limit", 1, 200, 20);
        List<TeamCognitiveLoad> all = SnapshotCognitiveLoad.allTeams(snapshot, model).stream()
                .filter(load -> band == null || load.band() == band)
                .sorted(Comparator.comparingDouble(TeamCognitiveLoad::index)
                        .reversed()
                        .thenComparing(TeamCognitiveLoad::teamKey))
                .toList();
        List<TeamCognitiveLoad> listed = all.subList(0, Math.min(limit, all.size()));
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("band", band);
        structured.put("totalCount", all.size());
        structured.put("teams", listed);
        String text = all.size()
                + (band == null ? " teams" : " teams in band " + band)
                + (all.size() > listed.size() ? " (" + listed.size() + " most loaded listed)" : "")
                + (all.isEmpty() ? "." : ":")
                + listed.stream().map(load -> "\n- " + line(load)).collect(Collectors.joining());
        return new ToolAnswer(text, structured);
    }

    private static String line(TeamCognitiveLoad load) {
        return load.teamKey() + " (" + load.teamName() + "): index " + format(load.index()) + ", band " + load.band()
                + "; " + load.platforms() + " platforms, " + load.capabilities() + " capabilities, " + load.consumers()
                + " consumers from " + load.consumingTeams() + " other teams, " + load.handovers() + " handovers, size "
                + load.size();
    }

    private static String format(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
