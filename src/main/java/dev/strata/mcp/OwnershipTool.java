package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.CategoryOffering;
import dev.strata.analytics.risk.OwnershipAmbiguity;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code ownership}: who owns a capability (its platform and that platform's team) or a category (every platform
 * offering it, with its team), and whether the category's ownership is ambiguous, from the engine of
 * {@code StructuralRisks.ownershipAmbiguity}.
 */
@Component
class OwnershipTool implements StrataTool {

    private final ToolSnapshots snapshots;

    OwnershipTool(ToolSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "ownership";
    }

    @Override
    public String title() {
        return "Who owns a capability or category";
    }

    @Override
    public String description() {
        return "Who owns a capability (its providing platform and that platform's owning team) or a capability"
                + " category (every platform offering capabilities of that category, with their teams and consumer"
                + " counts). Says when ownership is ambiguous: the category is offered by several platforms. Give"
                + " 'capability' or 'category'.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(properties(
                ToolSnapshots.AS_OF,
                ToolSnapshots.asOfSchema(),
                "capability",
                string("Key of a capability, e.g. 'managed-oracle'"),
                "category",
                string("A capability category, e.g. 'database'")));
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of("StructuralRisks.ownershipAmbiguity");
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        LandscapeSnapshot s = snapshots.of(arguments);
        if (arguments.has("capability") == arguments.has("category")) {
            throw new ToolFailure(name() + ": give exactly one of 'capability' or 'category'");
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        String category;
        if (arguments.has("capability")) {
            int capability =
                    SnapshotNodes.resolve(s, name(), "capability", NodeKind.CAPABILITY, arguments.string("capability"));
            int platform = s.providerOf(capability);
            int team = s.owningTeamOf(capability);
            category = s.category(capability);
            structured.put("capability", s.key(capability));
            structured.put("platform", SnapshotNodes.keyOrNull(s, platform));
            structured.put("owner", SnapshotNodes.keyOrNull(s, team));
            structured.put("category", category);
            text.append("Capability ")
                    .append(s.key(capability))
                    .append(
                            platform < 0
                                    ? " has no providing platform, so no owner"
                                    : " is provided by platform " + s.key(platform)
                                            + (team < 0
                                                    ? ", which has no owning team"
                                                    : ", owned by team " + s.key(team) + " (" + s.name(team) + ")"))
                    .append(category == null ? "." : "; category " + category + ".");
        } else {
            category = arguments.string("category");
            TreeSet<String> categories = new TreeSet<>();
            for (int capability : s.nodes(NodeKind.CAPABILITY)) {
                if (s.category(capability) != null) {
                    categories.add(Objects.requireNonNull(s.category(capability)));
                }
            }
            if (!categories.contains(category)) {
                throw new ToolFailure(name() + ": no capability has the category '" + category
                        + "' (argument 'category')" + Suggestions.closeMatches(category, categories)
                        + "; the categories are " + String.join(", ", categories));
            }
            structured.put("category", category);
            List<Map<String, Object>> offerings = offerings(s, category);
            structured.put("offerings", offerings);
            text.append("Category ")
                    .append(category)
                    .append(" is offered by ")
                    .append(offerings.size())
                    .append(offerings.size() == 1 ? " platform:" : " platforms:");
            offerings.forEach(o -> text.append("\n- platform ")
                    .append(o.get("platform"))
                    .append(", team ")
                    .append(o.get("owner") == null ? "(none)" : o.get("owner"))
                    .append(": ")
                    .append(o.get("capabilities")));
        }
        OwnershipAmbiguity ambiguity = category == null
                ? null
                : OwnershipRisks.ownershipAmbiguity(s).stream()
                        .filter(a -> a.category().equals(category))
                        .findFirst()
                        .orElse(null);
        structured.put("ambiguous", ambiguity != null);
        structured.put("ambiguity", ambiguity);
        if (ambiguity != null) {
            text.append("\nOwnership is ambiguous: category ")
                    .append(category)
                    .append(" is offered by ")
                    .append(ambiguity.platforms())
                    .append(" platforms of ")
                    .append(ambiguity.teams())
                    .append(" teams");
            for (CategoryOffering offering : ambiguity.offerings()) {
                text.append("\n- ")
                        .append(offering.platformKey())
                        .append(" (team ")
                        .append(offering.teamKey() == null ? "none" : offering.teamKey())
                        .append("): ")
                        .append(String.join(", ", offering.capabilityKeys()))
                        .append("; ")
                        .append(offering.consumers())
                        .append(" consumers");
            }
        } else if (category != null) {
            text.append("\nOwnership of category ").append(category).append(" is not ambiguous.");
        }
        return new ToolAnswer(text.toString(), structured);
    }

    /** Per platform offering the category: its team and capabilities of the category (also unplaced ones). */
    private static List<Map<String, Object>> offerings(LandscapeSnapshot s, String category) {
        Map<String, Map<String, Object>> byPlatform = new TreeMap<>();
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            if (!category.equals(s.category(capability))) {
                continue;
            }
            int platform = s.providerOf(capability);
            String platformKey = platform < 0 ? "(none)" : s.key(platform);
            Map<String, Object> offering = byPlatform.computeIfAbsent(platformKey, key -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("platform", key);
                created.put("owner", owner(s, platform));
                created.put("capabilities", new ArrayList<String>());
                return created;
            });
            @SuppressWarnings("unchecked")
            List<String> capabilities = (List<String>) offering.get("capabilities");
            capabilities.add(s.key(capability));
        }
        return new ArrayList<>(byPlatform.values());
    }

    private static @Nullable String owner(LandscapeSnapshot s, int platform) {
        return platform < 0 ? null : SnapshotNodes.keyOrNull(s, s.owningTeamOf(platform));
    }
}
