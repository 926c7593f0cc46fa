package dev.strata.cli;

import dev.strata.ingest.BackstageCatalog;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.ingest.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar strata.jar validate|plan|apply|export ...}: landscape files against a running Strata server.
 * Exit codes for CI: 0 fine, 1 error (problems in the files, server unreachable, bad arguments), 2 a policy rule is
 * broken.
 */
public final class StrataCli {

    public static final Set<String> COMMANDS = Set.of("validate", "plan", "apply", "export");
    static final int OK = 0;
    static final int ERROR = 1;
    static final int POLICY = 2;

    private static final String USAGE = """
            Usage: java -jar strata.jar <command> [paths...] [options]
              validate <paths...>  check files: every problem with file:line (offline unless --server is given)
              plan <paths...>      what applying would change, and its impact (dry run)
              apply <paths...>     apply in one transaction (all or nothing, idempotent)
              export --out <dir>   write the server's landscape as files
            Paths are YAML files or directories (searched for *.yaml and *.yml).
            Options:
              --server <url>            Strata server (default http://127.0.0.1:8080; env STRATA_SERVER)
              --token <token>           bearer token (env STRATA_TOKEN)
              --format text|json        output format (default text)
              --prune                   plan/apply: also remove what no file declares
              --backstage               the paths are Backstage catalog-info.yaml files: import them
              --fail-on-new-violation   policy: a new upward layer dependency breaks the build (exit 2)
              --fail-on-new-cycle       policy: a new dependency cycle breaks the build
              --fail-on-overloaded      policy: a team becoming OVERLOADED breaks the build
              --max-blast-radius <n>    policy: a changed/removed capability may affect at most n nodes
            Exit codes: 0 fine, 1 error, 2 policy violated.
            """;

    private static final String PROBLEMS = "errors { code file line field message } documents";
    private static final String PLAN = """
            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved undeclaredKept
              nodes { action kind key sourceFile changes { field before after } }
              edges { action type fromKind fromKey toKind toKey sourceFile changes { field before after } }
              impact { blastRadius { capabilityKey action affected tier1Consumers severity }
                newLayerViolations { fromCapability toCapability fromLayer toLayer }
                fixedLayerViolations { fromCapability toCapability fromLayer toLayer }
                newCycles { members path } fixedCycles { members path }
                loadChanges { teamKey bandBefore bandAfter indexBefore indexAfter }
                deprecatedUse { consumerKey capabilityKey state } }
              policyViolations }
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final JsonMapper json = JsonMapper.builder().build();

    StrataCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Entry point from {@code StrataApplication.main}; exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        System.exit(new StrataCli(System.out, System.err, System.getenv()).run(args));
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("strata: " + e.getMessage());
            err.print(USAGE);
            return ERROR;
        }
        try {
            return switch (options.command) {
                case "validate" -> validate(options);
                case "plan", "apply" -> change(options);
                case "export" -> export(options);
                default -> throw new IllegalArgumentException(options.command);
            };
        } catch (IOException | UncheckedIOException e) {
            err.println("strata: " + e.getMessage());
            return ERROR;
        } catch (ServerException e) {
            err.println("strata: " + e.getMessage());
            return ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ERROR;
        }
    }

    private int validate(Options options) throws IOException, InterruptedException {
        List<LandscapeFile> files = landscapeFiles(options);
        if (options.server == null) {
            LandscapeParser.Parsed parsed = LandscapeParser.parse(files);
            List<Problem> problems = parsed.problemsResolvingAgainst(Set.of());
            if (options.json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("errors", problems);
                result.put("documents", parsed.origins().size());
                out.println(json.writeValueAsString(result));
            } else {
                problems.forEach(problem -> out.println(problem));
                out.println(problems.isEmpty() ? files.size() + " files, " + parsed.origins().size()
                        + " documents: valid (offline: every reference must be declared in these files)"
                        : plural(problems.size(), "problem") + " in " + plural(files.size(), "file"));
            }
            return problems.isEmpty() ? OK : ERROR;
        }
        JsonNode result = call(options, "mutation($input: ValidateLandscapeInput!) { validateLandscape(input: $input) {"
                + PROBLEMS + " } }", Map.of("files", fileInputs(files))).get("validateLandscape");
        if (options.json) {
            out.println(json.writeValueAsString(result));
        } else {
            printProblems(result);
            if (result.get("errors").isEmpty()) {
                out.println(files.size() + " files, " + result.get("documents").asInt() + " documents: valid");
            }
        }
        return result.get("errors").isEmpty() ? OK : ERROR;
    }

    private int change(Options options) throws IOException, InterruptedException {
        List<LandscapeFile> files = landscapeFiles(options);
        String mutation = options.command.equals("apply") ? "applyLandscape" : "planLandscape";
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("files", fileInputs(files));
        input.put("prune", options.prune);
        input.put("policy", options.policy);
        JsonNode result = call(options, "mutation($input: ChangeLandscapeInput!) { " + mutation + "(input: $input) { "
                + PROBLEMS + " " + PLAN + (mutation.equals("applyLandscape") ? " applied" : "") + " } }", input)
                .get(mutation);
        if (options.json) {
            out.println(json.writeValueAsString(result));
        } else {
            printProblems(result);
            if (result.get("plan") != null && !result.get("plan").isNull()) {
                printPlan(result.get("plan"));
                if (mutation.equals("applyLandscape")) {
                    out.println(result.get("applied").asBoolean() ? "Applied."
                            : "Not applied: the policy is violated; nothing was written.");
                }
            }
        }
        if (!result.get("errors").isEmpty()) {
            return ERROR;
        }
        return result.get("plan").get("policyViolations").isEmpty() ? OK : POLICY;
    }

    private int export(Options options) throws IOException, InterruptedException {
        if (options.out == null) {
            throw new IllegalArgumentException("export needs --out <directory>");
        }
        JsonNode files = call(options, "{ exportLandscape { path content } }", null).get("exportLandscape");
        Path root = Path.of(options.out).toAbsolutePath().normalize();
        int count = 0;
        for (JsonNode file : files) {
            Path target = root.resolve(file.get("path").asString()).normalize();
            if (!target.startsWith(root)) {
                err.println("strata: skipped " + file.get("path").asString() + ": outside " + root);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.get("content").asString(), StandardCharsets.UTF_8);
            count++;
            if (!options.json) {
                out.println("wrote " + root.relativize(target));
            }
        }
        if (options.json) {
            out.println(json.writeValueAsString(Map.of("files", count, "directory", root.toString())));
        }
        return OK;
    }

    private void printProblems(JsonNode result) {
        for (JsonNode problem : result.get("errors")) {
            String field = problem.get("field").asString();
            out.println(problem.get("file").asString() + ":" + problem.get("line").asInt() + ": "
                    + (field.isEmpty() ? "" : field + ": ") + problem.get("message").asString() + " ["
                    + problem.get("code").asString() + "]");
        }
        if (!result.get("errors").isEmpty()) {
            out.println(plural(result.get("errors").size(), "problem") + "; nothing was written");
        }
    }

    private void printPlan(JsonNode plan) {
        if (!plan.get("hasChanges").asBoolean()) {
            out.println("No changes: the graph matches the files.");
        } else {
            out.printf(Locale.ROOT, "Plan: nodes %d to add, %d to change, %d to remove; relationships %d to add,"
                            + " %d to change, %d to remove%n", plan.get("nodesAdded").asInt(),
                    plan.get("nodesChanged").asInt(), plan.get("nodesRemoved").asInt(), plan.get("edgesAdded").asInt(),
                    plan.get("edgesChanged").asInt(), plan.get("edgesRemoved").asInt());
        }
        for (JsonNode node : plan.get("nodes")) {
            out.println("  " + symbol(node.get("action").asString()) + " " + node.get("kind").asString() + " "
                    + node.get("key").asString() + changes(node));
        }
        for (JsonNode edge : plan.get("edges")) {
            out.println("  " + symbol(edge.get("action").asString()) + " (" + edge.get("fromKey").asString() + ")-["
                    + edge.get("type").asString() + "]->(" + edge.get("toKey").asString() + ")" + changes(edge));
        }
        if (plan.get("undeclaredKept").asInt() > 0) {
            out.println("  (" + plan.get("undeclaredKept").asInt()
                    + " nodes in the graph are not declared in these files and are kept; --prune removes them)");
        }
        JsonNode impact = plan.get("impact");
        List<String> lines = new ArrayList<>();
        impact.get("blastRadius").forEach(b -> lines.add("blast radius: " + b.get("capabilityKey").asString() + " ("
                + b.get("action").asString().toLowerCase(Locale.ROOT) + "d) affects " + b.get("affected").asInt()
                + " nodes, " + b.get("tier1Consumers").asInt() + " tier-1 consumers"));
        impact.get("newLayerViolations").forEach(v -> lines.add("new layer violation: "
                + v.get("fromCapability").asString() + " (" + v.get("fromLayer").asString() + ") -> "
                + v.get("toCapability").asString() + " (" + v.get("toLayer").asString() + ")"));
        impact.get("fixedLayerViolations").forEach(v -> lines.add("fixed layer violation: "
                + v.get("fromCapability").asString() + " -> " + v.get("toCapability").asString()));
        impact.get("newCycles").forEach(c -> lines.add("new cycle: " + join(c.get("path"))));
        impact.get("fixedCycles").forEach(c -> lines.add("broken cycle: " + join(c.get("path"))));
        impact.get("loadChanges").forEach(l -> lines.add("cognitive load of " + l.get("teamKey").asString() + ": "
                + text(l.get("bandBefore")) + " -> " + text(l.get("bandAfter"))));
        impact.get("deprecatedUse").forEach(d -> lines.add("consumer " + d.get("consumerKey").asString()
                + " left on " + d.get("state").asString() + " capability " + d.get("capabilityKey").asString()));
        if (!lines.isEmpty()) {
            out.println("Impact:");
            lines.forEach(line -> out.println("  " + line));
        }
        if (!plan.get("policyViolations").isEmpty()) {
            out.println("Policy violations:");
            plan.get("policyViolations").forEach(v -> out.println("  " + v.asString()));
        }
    }

    private static String changes(JsonNode change) {
        if (!change.get("action").asString().equals("CHANGE")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        change.get("changes").forEach(f -> parts.add(f.get("field").asString() + ": " + text(f.get("before"))
                + " -> " + text(f.get("after"))));
        return "  (" + String.join(", ", parts) + ")";
    }

    private static String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static String join(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.forEach(k -> keys.add(k.asString()));
        return String.join(" -> ", keys);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String symbol(String action) {
        return switch (action) {
            case "ADD" -> "+";
            case "REMOVE" -> "-";
            default -> "~";
        };
    }

    private JsonNode call(Options options, String document, @Nullable Map<String, Object> input)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (input != null) {
            body.put("variables", Map.of("input", input));
        }
        String server = options.server == null ? "http://127.0.0.1:8080" : options.server;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/graphql"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // Recorded in the audit trail as the path the change took (via = graphql/cli).
                .header("X-Strata-Client", "cli")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (options.token != null) {
            request.header("Authorization", "Bearer " + options.token);
        }
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new ServerException("cannot reach the Strata server at " + server + " (" + e + ")");
        }
        if (response.statusCode() / 100 != 2) {
            throw new ServerException("the Strata server answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403
                    ? ": pass a token with --token or STRATA_TOKEN" : ""));
        }
        JsonNode answer = json.readTree(response.body());
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            throw new ServerException("the Strata server refused the request: "
                    + answer.get("errors").get(0).get("message").asString());
        }
        return answer.get("data");
    }

    /** The files of the paths; Backstage descriptors converted, every unmapped reference reported on stderr. */
    private List<LandscapeFile> landscapeFiles(Options options) throws IOException {
        List<LandscapeFile> files = files(options.paths);
        if (!options.backstage) {
            return files;
        }
        BackstageCatalog.Conversion conversion = BackstageCatalog.convert(files);
        conversion.problems().forEach(problem -> err.println(problem));
        conversion.unresolved().forEach(line -> err.println("unresolved: " + line));
        if (!conversion.problems().isEmpty()) {
            throw new IOException(conversion.problems().size() + " problems in the Backstage catalog");
        }
        return conversion.files();
    }

    private static List<Map<String, String>> fileInputs(List<LandscapeFile> files) {
        return files.stream().map(f -> Map.of("path", f.path(), "content", f.content())).toList();
    }

    /** The YAML files of the given paths: files as given, directories searched, paths relative to the directory. */
    static List<LandscapeFile> files(List<String> paths) throws IOException {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("give at least one file or directory");
        }
        List<LandscapeFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")
                            || p.toString().endsWith(".yml")).sorted().toList()) {
                        files.add(new LandscapeFile(path.relativize(file).toString().replace('\\', '/'),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new LandscapeFile(path.normalize().toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8)));
            } else {
                throw new IOException("no such file or directory: " + given);
            }
        }
        return files;
    }

    /** Parsed command line. */
    static final class Options {
        String command = "";
        final List<String> paths = new ArrayList<>();
        @Nullable String server;
        @Nullable String token;
        @Nullable String out;
        boolean json;
        boolean prune;
        boolean backstage;
        final Map<String, Object> policy = new LinkedHashMap<>();

        static Options parse(String[] args, Map<String, String> env) {
            if (args.length == 0 || !COMMANDS.contains(args[0])) {
                throw new IllegalArgumentException("unknown command" + (args.length == 0 ? "" : " '" + args[0] + "'"));
            }
            Options options = new Options();
            options.command = args[0];
            options.server = env.get("STRATA_SERVER");
            options.token = env.get("STRATA_TOKEN");
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--server" -> options.server = value(args, ++i, arg);
                    case "--token" -> options.token = value(args, ++i, arg);
                    case "--out" -> options.out = value(args, ++i, arg);
                    case "--format" -> {
                        String format = value(args, ++i, arg);
                        if (!format.equals("text") && !format.equals("json")) {
                            throw new IllegalArgumentException("--format must be text or json, was " + format);
                        }
                        options.json = format.equals("json");
                    }
                    case "--prune" -> options.prune = true;
                    case "--backstage" -> options.backstage = true;
                    case "--fail-on-new-violation" -> options.policy.put("failOnNewLayerViolation", true);
                    case "--fail-on-new-cycle" -> options.policy.put("failOnNewCycle", true);
                    case "--fail-on-overloaded" -> options.policy.put("failOnOverloadedTeam", true);
                    case "--max-blast-radius" -> {
                        try {
                            options.policy.put("maxBlastRadius", Integer.parseInt(value(args, ++i, arg)));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--max-blast-radius needs a number");
                        }
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        options.paths.add(arg);
                    }
                }
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }

    /** The server could not be reached or refused the request. */
    static final class ServerException extends RuntimeException {
        ServerException(String message) {
            super(message);
        }
    }
}
