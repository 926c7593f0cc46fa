package dev.strata.scorecard;

import dev.strata.analytics.scorecard.ScorecardCheck;
import dev.strata.analytics.scorecard.ScorecardRule;
import dev.strata.analytics.scorecard.ScorecardRules;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scorecard rules file: one YAML document
 *
 * <pre>
 * levels: [bronze, silver, gold]          # lowest first; any names
 * rules:
 *   - key: documented                     # unique, lower-case letters, digits, dashes
 *     level: bronze                       # one of the levels
 *     check: DOCUMENTATION                # one of ScorecardCheck
 *     min: 0.8                            # share checks only: the minimum share, 0 to 1
 *     description: Users find the docs    # optional
 * </pre>
 *
 * Every problem is reported with its line and field, all of them at once; a file with problems gives no rules.
 */
public final class ScorecardRulesFile {

    private static final Set<String> TOP = Set.of("levels", "rules");
    private static final Set<String> RULE = Set.of("key", "level", "check", "min", "description");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_BYTES = 1 << 20;

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private ScorecardRulesFile(String file) {
        this.file = file;
    }

    /**
     * The rules of a file, or its problems.
     *
     * @param rules    the rules, null when there are problems
     * @param problems every problem, in file order; empty when the rules are valid
     */
    public record Parsed(@Nullable ScorecardRules rules, List<RuleProblem> problems) {

        public Parsed {
            problems = problems.stream()
                    .sorted(java.util.Comparator.comparingInt(RuleProblem::line))
                    .toList();
        }
    }

    /** Where the rules shipped with Strata are, on the classpath. */
    public static final String SHIPPED = "/scorecards/default-scorecards.yaml";

    /** The rules shipped with Strata. */
    public static ScorecardRules shipped() {
        try (java.io.InputStream in = ScorecardRulesFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped scorecard rules " + SHIPPED + " are missing");
            }
            Parsed parsed = parse(SHIPPED, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (parsed.rules() == null) {
                throw new IllegalStateException("the shipped scorecard rules are invalid: " + parsed.problems());
            }
            return parsed.rules();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parses the content of {@code file} (the name is only used in problems). */
    public static Parsed parse(String file, String content) {
        return new ScorecardRulesFile(file).parse(content);
    }

    private Parsed parse(String content) {
        if (content.length() > MAX_BYTES) {
            return problem(0, "", "the file is larger than 1 MiB; a scorecard has tens of rules");
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return problem(line, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            return problem(0, "", "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            return problem(
                    root == null ? 0 : line(root),
                    "",
                    "the file must be a mapping with `levels` and `rules`, got " + describe(root));
        }
        Map<String, NodeTuple> entries = entries(top, "", TOP);
        List<String> levels = levels(entries.get("levels"), top);
        List<ScorecardRule> rules = rules(entries.get("rules"), top, levels);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        try {
            return new Parsed(new ScorecardRules(levels, rules), List.of());
        } catch (IllegalArgumentException e) {
            return problem(line(top), "", e.getMessage());
        }
    }

    private List<String> levels(@Nullable NodeTuple tuple, MappingNode top) {
        if (tuple == null) {
            problem(
                    line(top),
                    "levels",
                    "levels is required: the level names, lowest first, e.g. [bronze, silver, gold]");
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)
                || list.getValue().isEmpty()) {
            problem(
                    line(tuple.getValueNode()),
                    "levels",
                    "levels must be a non-empty list of names, got " + describe(tuple.getValueNode()));
            return List.of();
        }
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String field = "levels[" + i + "]";
            String level = name(item, field);
            if (level == null) {
                continue;
            }
            if (levels.contains(level)) {
                problem(line(item), field, "level '" + level + "' is listed twice");
            } else {
                levels.add(level);
            }
        }
        return levels;
    }

    private List<ScorecardRule> rules(@Nullable NodeTuple tuple, MappingNode top, List<String> levels) {
        if (tuple == null) {
            problem(line(top), "rules", "rules is required: a list of rules with key, level and check");
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)
                || list.getValue().isEmpty()) {
            problem(
                    line(tuple.getValueNode()),
                    "rules",
                    "rules must be a non-empty list, got " + describe(tuple.getValueNode()));
            return List.of();
        }
        List<ScorecardRule> rules = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> usedLevels = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            String path = "rules[" + i + "]";
            Node item = list.getValue().get(i);
            if (!(item instanceof MappingNode ruleNode)) {
                problem(line(item), path, "a rule must be a mapping with key, level and check, got " + describe(item));
                continue;
            }
            int before = problems.size();
            Map<String, NodeTuple> rule = entries(ruleNode, path + ".", RULE);
            String key = required(rule, "key", ruleNode, path);
            if (key != null && !KEY.matcher(key).matches()) {
                problem(
                        line(rule.get("key").getValueNode()),
                        path + ".key",
                        "key '" + key + "' must be 1 to 64 lower-case letters, digits and dashes");
            } else if (key != null && !keys.add(key)) {
                problem(line(rule.get("key").getValueNode()), path + ".key", "rule key '" + key + "' is used twice");
            }
            String level = required(rule, "level", ruleNode, path);
            if (level != null && !levels.isEmpty() && !levels.contains(level)) {
                problem(
                        line(rule.get("level").getValueNode()),
                        path + ".level",
                        "unknown level '" + level + "': use one of " + levels);
            }
            String checkName = required(rule, "check", ruleNode, path);
            ScorecardCheck check = null;
            if (checkName != null) {
                check = Arrays.stream(ScorecardCheck.values())
                        .filter(c -> c.name().equals(checkName))
                        .findFirst()
                        .orElse(null);
                if (check == null) {
                    problem(
                            line(rule.get("check").getValueNode()),
                            path + ".check",
                            "unknown check '" + checkName + "': use one of "
                                    + Arrays.toString(ScorecardCheck.values()));
                }
            }
            Double min = min(rule.get("min"), path, check, ruleNode);
            String description = optionalText(rule.get("description"), path + ".description");
            if (problems.size() == before && key != null && level != null && check != null) {
                rules.add(new ScorecardRule(key, level, check, min, description));
                usedLevels.add(level);
            }
        }
        if (problems.isEmpty()) {
            for (String level : levels) {
                if (!usedLevels.contains(level)) {
                    problem(
                            line(tuple.getKeyNode()),
                            "rules",
                            "level '" + level + "' has no rule: give it one or" + " remove it from levels");
                }
            }
        }
        return rules;
    }

    private @Nullable Double min(
            @Nullable NodeTuple tuple, String path, @Nullable ScorecardCheck check, MappingNode rule) {
        if (check == null) {
            return null;
        }
        if (tuple == null) {
            if (check.share()) {
                problem(line(rule), path + ".min", "check " + check + " needs min, the minimum share from 0 to 1");
            }
            return null;
        }
        if (!check.share()) {
            problem(line(tuple.getValueNode()), path + ".min", "check " + check + " takes no min (it passes or fails)");
            return null;
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            try {
                double min = Double.parseDouble(scalar.getValue());
                if (min >= 0 && min <= 1) {
                    return min;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        problem(
                line(value),
                path + ".min",
                "min must be a number from 0 to 1 (a share: 0.8 = 80%), got " + describe(value));
        return null;
    }

    private @Nullable String required(Map<String, NodeTuple> rule, String name, MappingNode node, String path) {
        NodeTuple tuple = rule.get(name);
        if (tuple == null) {
            problem(line(node), path + "." + name, name + " is required");
            return null;
        }
        return name(tuple.getValueNode(), path + "." + name);
    }

    private @Nullable String name(Node node, String field) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        problem(line(node), field, "must be a non-empty text, got " + describe(node));
        return null;
    }

    private @Nullable String optionalText(@Nullable NodeTuple tuple, String field) {
        return tuple == null ? null : name(tuple.getValueNode(), field);
    }

    private Map<String, NodeTuple> entries(MappingNode node, String prefix, Set<String> allowed) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (name == null || !allowed.contains(name)) {
                problem(
                        line(tuple.getKeyNode()),
                        prefix + (name == null ? "?" : name),
                        "unknown field '" + name + "': use "
                                + String.join(", ", allowed.stream().sorted().toList()));
            } else {
                entries.put(name, tuple);
            }
        }
        return entries;
    }

    private Parsed problem(int line, String field, String message) {
        problems.add(new RuleProblem(file, line, field, message));
        return new Parsed(null, problems);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String describe(@Nullable Node node) {
        return switch (node) {
            case null -> "nothing";
            case ScalarNode scalar -> scalar.getValue().isEmpty() ? "nothing" : "'" + scalar.getValue() + "'";
            case SequenceNode ignored -> "a list";
            case MappingNode ignored -> "a mapping";
            default -> "something else";
        };
    }
}
