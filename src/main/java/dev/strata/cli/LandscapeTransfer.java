package dev.strata.cli;

import dev.strata.cli.StrataServer.ServerException;
import dev.strata.ingest.LandscapeFile;
import dev.strata.plan.LandscapeImpact;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How validate, plan and apply reach a server, whatever the size of the landscape: the files go as one zip archive
 * in an upload (never as one GraphQL request, which the server bounds), the server runs the operation in the
 * background, and this polls it, showing its progress, until it ends; then it answers the outcome as the inline
 * mutations would. The upload is deleted at the end. Ctrl-C cancels the operation on the server (nothing is written)
 * unless an apply is already committing.
 */
final class LandscapeTransfer {

    /** Plans with more node and relationship changes than this are shown without their list (JSON has it all). */
    static final int LISTED_CHANGES = 20_000;

    private static final long POLL_MILLIS = 500;
    /** Polls in a row the server may answer BUSY or past its deadline before the CLI gives up following. */
    static final int SLOW_POLLS_TOLERATED = 100;
    /** A plan without its lists: what a console shows of a change too large to list. */
    private static final String SUMMARY = "plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded"
            + " edgesChanged edgesRemoved relocated undeclaredKept impact { affected affectedTier1Consumers "
            + PlanReport.TOTALS + " listLimit } policyViolations }";
    /** A list field of the impact in {@link PlanReport#PLAN}: a name followed by its selection. */
    private static final Pattern LIST = Pattern.compile("(\\w+) \\{");

    private final StrataServer server;
    private final ProgressReport progress;
    private final Console console;
    private boolean summarized;

    LandscapeTransfer(StrataServer server, ProgressReport progress, Console console) {
        this.server = server;
        this.progress = progress;
        this.console = console;
    }

    /**
     * Runs {@code action} (VALIDATE, PLAN, APPLY) on the files and answers the outcome with {@code selection}
     * (fields of {@code ApplyLandscapePayload}). With {@code listAll} false, a plan's lists of node and relationship
     * changes are fetched only when they have at most {@link #LISTED_CHANGES} entries.
     */
    JsonNode run(
            String action,
            List<LandscapeFile> files,
            boolean prune,
            Map<String, Object> policy,
            String selection,
            boolean listAll)
            throws IOException, InterruptedException {
        JsonNode upload = payload(
                server.call(
                                "mutation { createLandscapeUpload { upload { id url maxBytes }"
                                        + " errors { code message } } }",
                                null)
                        .get("createLandscapeUpload"),
                "upload");
        String uploadId = upload.get("id").asString();
        try {
            send(files, upload);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("uploadId", uploadId);
            input.put("action", action);
            if (!action.equals("VALIDATE")) {
                input.put("prune", prune);
                input.put("policy", policy);
            }
            String operationId = payload(
                            server.call(
                                            "mutation($input: StartLandscapeOperationInput!) {"
                                                    + " startLandscapeOperation(input: $input) { operation { id } errors { code message } } }",
                                            input)
                                    .get("startLandscapeOperation"),
                            "operation")
                    .get("id")
                    .asString();
            Thread cancelOnInterrupt = new Thread(() -> cancel(operationId));
            Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
            try {
                follow(operationId);
            } finally {
                removeHook(cancelOnInterrupt);
            }
            return outcome(operationId, selection, listAll);
        } finally {
            try {
                server.call(
                        "mutation($input: LandscapeIdInput!) { deleteLandscapeUpload(input: $input) { deletedKey } }",
                        Map.of("id", uploadId));
            } catch (RuntimeException e) {
                // The server deletes it when it expires; nothing to tell the user.
            }
        }
    }

    /** Zips the files (fast compression: YAML shrinks about tenfold) and puts the archive, showing both. */
    private void send(List<LandscapeFile> files, JsonNode upload) throws IOException, InterruptedException {
        long bytes = files.stream()
                .mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        long max = upload.get("maxBytes").asLong();
        if (bytes > max) {
            throw new ServerException("the files hold " + bytes + " bytes, more than the " + max + " the server"
                    + " accepts in one upload (strata.landscape.max-upload-size on the server): raise it there, or"
                    + " split the landscape and apply the parts with prune off");
        }
        Path archive = Files.createTempFile("strata-upload-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(archive);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                int done = 0;
                for (LandscapeFile file : files) {
                    zip.putNextEntry(new ZipEntry(file.path()));
                    zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    progress.show("packing", ++done, files.size(), "files", null);
                }
            }
            long size = Files.size(archive);
            AtomicLong sent = new AtomicLong();
            long started = System.nanoTime();
            JsonNode answer = server.put(upload.get("url").asString(), archive, "application/zip", chunk -> {
                long total = sent.addAndGet(chunk);
                double elapsed = (System.nanoTime() - started) / 1e9;
                progress.show(
                        "uploading",
                        total / 1024,
                        size / 1024,
                        "KB",
                        total > 0 && elapsed > 1 ? elapsed / total * (size - total) : null);
            });
            progress.show(
                    "uploaded",
                    answer.path("files").asLong(),
                    answer.path("files").asLong(),
                    "files",
                    null);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    /** Polls the operation until it has ended, showing each step's progress; fails when it did not succeed. */
    void follow(String operationId) throws IOException, InterruptedException {
        int slowPolls = 0;
        while (true) {
            JsonNode operation;
            try {
                operation = server.execute(
                                "query($id: ID!) { landscapeOperation(id: $id) { state step stepDone"
                                        + " stepTotal stepSecondsLeft failure cancelledBy } }",
                                Map.of("id", operationId))
                        .get("landscapeOperation");
                slowPolls = 0;
            } catch (ServerException slow) {
                // A server busy with a large apply may answer a poll late; the operation goes on regardless, so
                // giving up here would leave it running with nobody following.
                if (!slow.retryable() || ++slowPolls > SLOW_POLLS_TOLERATED) {
                    throw slow;
                }
                if (slowPolls == 1) {
                    console.err()
                            .println("strata: the server is slow to answer (" + slow.getMessage()
                                    + "); still following operation " + operationId + " (Ctrl-C cancels it)");
                }
                Thread.sleep(POLL_MILLIS);
                continue;
            }
            if (operation == null || operation.isNull()) {
                throw new ServerException("the server lost landscape operation " + operationId + " (restarted?);"
                        + " nothing was written unless the audit trail shows an applyLandscape");
            }
            String state = operation.get("state").asString();
            switch (state) {
                case "SUCCEEDED" -> {
                    progress.finish();
                    return;
                }
                case "FAILED" -> {
                    progress.finish();
                    throw new ServerException(
                            "the operation failed: " + operation.get("failure").asString());
                }
                case "CANCELLED" -> {
                    progress.finish();
                    throw new ServerException("the operation was cancelled"
                            + (operation.get("cancelledBy").isNull()
                                    ? ""
                                    : " by " + operation.get("cancelledBy").asString())
                            + "; nothing was written");
                }
                case "RUNNING" -> {
                    if (!operation.get("step").isNull()) {
                        String step = operation.get("step").asString();
                        progress.show(
                                step.toLowerCase(Locale.ROOT).replace('_', ' '),
                                operation.get("stepDone").asLong(),
                                operation.get("stepTotal").asLong(),
                                unit(step),
                                operation.get("stepSecondsLeft").isNull()
                                        ? null
                                        : operation.get("stepSecondsLeft").asDouble());
                    }
                }
                default -> progress.show("queued", 0, 0, "", null);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * The outcome. A plan with more than {@link #LISTED_CHANGES} changes comes as its summary only: the counts, the
     * number of affected nodes and the policy verdict, its lists (changes, impact findings) empty; at scale M a first
     * apply has 559,366 changes and impact lists of the same order, hundreds of MB of JSON nobody reads on a console.
     * JSON output ({@code listAll}) fetches everything.
     */
    private JsonNode outcome(String operationId, String selection, boolean listAll)
            throws IOException, InterruptedException {
        if (listAll || !selection.contains(PlanReport.PLAN)) {
            return fetch(operationId, selection);
        }
        JsonNode outcome = fetch(operationId, selection.replace(PlanReport.PLAN, SUMMARY));
        JsonNode plan = outcome.path("plan");
        if (!(plan instanceof ObjectNode summary)) {
            return fetch(operationId, selection);
        }
        long changes = plan.path("nodesAdded").asLong()
                + plan.path("nodesChanged").asLong()
                + plan.path("nodesRemoved").asLong()
                + plan.path("edgesAdded").asLong()
                + plan.path("edgesChanged").asLong()
                + plan.path("edgesRemoved").asLong();
        if (changes <= LISTED_CHANGES) {
            return fetch(operationId, selection);
        }
        summarized = true;
        summary.putArray("nodes");
        summary.putArray("edges");
        ObjectNode impact = summary.path("impact") instanceof ObjectNode found ? found : summary.putObject("impact");
        Matcher list = LIST.matcher(PlanReport.PLAN.substring(PlanReport.PLAN.indexOf("impact {") + 8));
        while (list.find()) {
            if (!list.group(1).equals("totals")) {
                impact.putArray(list.group(1));
            }
        }
        return outcome;
    }

    /** Whether {@link #run} answered a plan's summary without its lists (too many changes to list). */
    boolean summarized() {
        return summarized;
    }

    /**
     * The lines a console shows of a plan answered as its summary: the counts, the affected nodes, the policy
     * verdict, and where the lists are.
     */
    static List<String> summaryLines(JsonNode plan) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "Plan: nodes %,d to add, %,d to change, %,d to remove; relationships %,d"
                        + " to add, %,d to change, %,d to remove",
                plan.path("nodesAdded").asLong(),
                plan.path("nodesChanged").asLong(),
                plan.path("nodesRemoved").asLong(),
                plan.path("edgesAdded").asLong(),
                plan.path("edgesChanged").asLong(),
                plan.path("edgesRemoved").asLong()));
        lines.add(String.format(
                Locale.ROOT,
                "Impact: %,d nodes affected (%,d tier-1 consumers)",
                plan.path("impact").path("affected").asLong(),
                plan.path("impact").path("affectedTier1Consumers").asLong()));
        List<String> findings = new java.util.ArrayList<>();
        plan.path("impact").path("totals").properties().forEach(total -> {
            if (total.getValue().asLong() > 0 && !total.getKey().equals("blastRadius")) {
                findings.add(String.format(
                        Locale.ROOT, "%s %,d", total.getKey(), total.getValue().asLong()));
            }
        });
        if (!findings.isEmpty()) {
            lines.add("Findings: " + String.join(", ", findings));
        }
        JsonNode violations = plan.path("policyViolations");
        violations.forEach(violation -> lines.add("Policy violated: " + violation.asString()));
        lines.add(String.format(
                Locale.ROOT,
                "(more than %,d changes: the changes and the impact findings are not"
                        + " listed; --format json lists every change and the first %,d findings of each kind)",
                LISTED_CHANGES,
                LandscapeImpact.LIST_LIMIT));
        return lines;
    }

    private JsonNode fetch(String operationId, String selection) throws IOException, InterruptedException {
        return server.execute(
                        "query($id: ID!) { landscapeOperation(id: $id) { outcome { " + selection + " } } }",
                        Map.of("id", operationId))
                .get("landscapeOperation")
                .get("outcome");
    }

    private void cancel(String operationId) {
        try {
            server.call(
                    "mutation($input: LandscapeIdInput!) { cancelLandscapeOperation(input: $input) {"
                            + " operation { state } } }",
                    Map.of("id", operationId));
            console.err().println();
            console.err()
                    .println("strata: interrupted; asked the server to cancel operation " + operationId
                            + " (nothing is written unless it was already committing)");
        } catch (IOException | RuntimeException e) {
            // the JVM is stopping; the operation goes on or ends on the server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs
        }
    }

    private static String unit(String step) {
        return switch (step) {
            case "READING_FILES" -> "files";
            case "READING_GRAPH" -> "nodes and relationships";
            case "WRITING" -> "changes";
            default -> "";
        };
    }

    /** The named result of a payload, or its first error as the reason the command fails. */
    private static JsonNode payload(JsonNode payload, String result) {
        JsonNode errors = payload.path("errors");
        if (!errors.isEmpty()) {
            throw new ServerException(
                    "the Strata server refused: " + errors.get(0).get("message").asString());
        }
        JsonNode value = payload.get(result);
        if (value == null || value.isNull()) {
            throw new ServerException("the Strata server answered no " + result);
        }
        return value;
    }
}
