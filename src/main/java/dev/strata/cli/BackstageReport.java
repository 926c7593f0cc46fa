package dev.strata.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Prints what became of a Backstage catalog for people: the counts, every skipped document with the reason, the
 * warnings with their counts (the first findings of each; {@code --format json} has all), and with
 * {@code --list-documents} every document.
 */
final class BackstageReport {

    /** The selection of a Backstage payload besides problems and plan. */
    static final String SELECTION = """
            errors { code file line field message }
            summary { files documents entities mapped merged locations nativeDocuments skipped nodes relationships }
            warnings { category count message findings { category file line field topic message } }
            documents { file line ref kind outcome nodes { kind key } detail }
            """;

    private static final int FINDINGS_SHOWN = 10;
    /** Categories whose findings are skipped documents, already listed under "Skipped". */
    private static final java.util.Set<String> SKIPPING =
            java.util.Set.of("NOT_AN_ENTITY", "UNREADABLE_FILE", "INVALID_ENTITY", "UNSUPPORTED_KIND");

    private final PrintStream out;

    BackstageReport(PrintStream out) {
        this.out = out;
    }

    void print(JsonNode result, boolean listDocuments) {
        JsonNode summary = result.get("summary");
        int entitiesSkipped = 0;
        int othersSkipped = 0;
        Map<String, Integer> mapped = new TreeMap<>();
        Map<String, Integer> merged = new TreeMap<>();
        for (JsonNode document : result.get("documents")) {
            boolean entity = !document.get("ref").isNull();
            String outcome = document.get("outcome").asString();
            if (outcome.equals("SKIPPED")) {
                if (entity) {
                    entitiesSkipped++;
                } else {
                    othersSkipped++;
                }
            } else if (outcome.equals("MAPPED")) {
                mapped.merge(document.get("kind").asString(), 1, Integer::sum);
            } else if (outcome.equals("MERGED")) {
                merged.merge(document.get("kind").asString(), 1, Integer::sum);
            }
        }
        out.printf(
                "Backstage catalog: %d entities in %d files: %d mapped, %d merged into other nodes, %d skipped;"
                        + " %d Locations followed, %d native documents, %d other documents skipped; %d nodes,"
                        + " %d relationships%n",
                summary.get("entities").asInt(),
                summary.get("files").asInt(),
                summary.get("mapped").asInt(),
                summary.get("merged").asInt(),
                entitiesSkipped,
                summary.get("locations").asInt(),
                summary.get("nativeDocuments").asInt(),
                othersSkipped,
                summary.get("nodes").asInt(),
                summary.get("relationships").asInt());
        if (!mapped.isEmpty()) {
            out.println("  mapped: " + counts(mapped) + (merged.isEmpty() ? "" : "; merged: " + counts(merged)));
        }
        if (entitiesSkipped + othersSkipped > 0) {
            out.println("Skipped:");
            for (JsonNode document : result.get("documents")) {
                if (document.get("outcome").asString().equals("SKIPPED")) {
                    out.println("  " + location(document)
                            + (document.get("ref").isNull()
                                    ? ""
                                    : document.get("ref").asString() + ": ")
                            + document.get("detail").asString());
                }
            }
        }
        if (!result.get("warnings").isEmpty()) {
            out.println("Warnings (they do not stop the import):");
            for (JsonNode warning : result.get("warnings")) {
                out.println("  " + warning.get("message").asString() + " ["
                        + warning.get("category").asString() + "]");
                if (SKIPPING.contains(warning.get("category").asString())) {
                    continue;
                }
                int shown = 0;
                for (JsonNode finding : warning.get("findings")) {
                    if (shown++ == FINDINGS_SHOWN) {
                        out.println("      ... " + (warning.get("count").asInt() - FINDINGS_SHOWN)
                                + " more (--format json lists every finding)");
                        break;
                    }
                    String field = finding.get("field").asString();
                    out.println("    " + location(finding) + (field.isEmpty() ? "" : field + ": ")
                            + finding.get("message").asString());
                }
            }
        }
        if (listDocuments) {
            out.println("Documents:");
            for (JsonNode document : result.get("documents")) {
                StringBuilder nodes = new StringBuilder();
                document.get("nodes")
                        .forEach(n -> nodes.append(nodes.isEmpty() ? " -> " : ", ")
                                .append(n.get("kind").asString())
                                .append(' ')
                                .append(n.get("key").asString()));
                out.println("  " + location(document) + document.get("outcome").asString() + " "
                        + (document.get("ref").isNull()
                                ? ""
                                : document.get("ref").asString()) + nodes + " ("
                        + document.get("detail").asString() + ")");
            }
        }
    }

    private static String location(JsonNode located) {
        return located.get("file").asString() + ":" + located.get("line").asInt() + ": ";
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, count) ->
                text.append(text.isEmpty() ? "" : ", ").append(kind).append(' ').append(count));
        return text.toString();
    }
}
