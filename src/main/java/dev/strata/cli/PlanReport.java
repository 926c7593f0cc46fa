package dev.strata.cli;

import dev.strata.ingest.LandscapeOutcome;
import java.io.PrintStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints the outcome of a plan or an apply in the format asked for: for people ({@link PlanText}), as a
 * pull-request comment ({@link PlanMarkdown}), or as JSON for machines. The JSON is the outcome record as the GraphQL
 * payload has it, fields in declaration order, so a plan against a server and an offline plan print the same.
 */
final class PlanReport {

    /** The selection of problems every landscape mutation answers with. */
    static final String PROBLEMS = "errors { code file line field message } documents";
    /** The selection of the impact's counts. */
    static final String TOTALS = "totals { blastRadius newDeprecatedUse fixedDeprecatedUse newSinglePointsOfFailure"
            + " fixedSinglePointsOfFailure newLayerViolations fixedLayerViolations newCycles fixedCycles"
            + " newTierInversions fixedTierInversions newOwnershipAmbiguity fixedOwnershipAmbiguity loadChanges }";
    /** The selection of a whole plan: every field, in the order of the records the CLI reads it into. */
    static final String PLAN = """
            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved relocated
              undeclaredKept
              nodes { action kind key sourceFile changes { field before after } }
              edges { action type fromKind fromKey toKind toKey sourceFile changes { field before after } }
              impact { affected affectedTier1Consumers
                blastRadius { capabilityKey action reasons affected tier1Consumers severity }
                newDeprecatedUse { consumerKey capabilityKey lifecycle hops path cause }
                fixedDeprecatedUse { consumerKey capabilityKey lifecycle hops path cause }
                newSinglePointsOfFailure { capabilityKey removed consumers consumerKeys }
                fixedSinglePointsOfFailure { capabilityKey removed consumers consumerKeys }
                newLayerViolations { fromCapability toCapability fromLayer fromRank toLayer toRank fromTeam toTeam }
                fixedLayerViolations { fromCapability toCapability fromLayer fromRank toLayer toRank fromTeam toTeam }
                newCycles { members path } fixedCycles { members path }
                newTierInversions { sourceKind sourceKey sourceTier targetKey targetTier hops path }
                fixedTierInversions { sourceKind sourceKey sourceTier targetKey targetTier hops path }
                newOwnershipAmbiguity { category platformsBefore platformsAfter }
                fixedOwnershipAmbiguity { category platformsBefore platformsAfter }
                loadChanges { teamKey bandBefore bandAfter indexBefore indexAfter }
                scorecardChanges { platformKey levelBefore levelAfter dropped newlyFailed }
                """ + PlanReport.TOTALS + """
                listLimit }
              policyViolations }
            """;

    /**
     * Reads and writes the JSON form: records in declaration order, indented for people who read it too. A payload
     * without {@code applied} (a plan's) reads as not applied.
     */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PlanReport() {}

    /** The outcome from a mutation's payload (its {@code errors}, {@code documents}, {@code plan}, {@code applied}). */
    static LandscapeOutcome read(JsonNode payload) {
        return JSON.treeToValue(payload, LandscapeOutcome.class);
    }

    /**
     * The outcome from a Backstage mutation's payload, whose {@code documents} lists every catalog document; the
     * count of documents read is its summary's.
     */
    static LandscapeOutcome readCatalog(JsonNode payload) {
        ObjectNode outcome = JSON.createObjectNode();
        outcome.set("errors", payload.get("errors"));
        outcome.put("documents", payload.path("summary").path("documents").asInt());
        outcome.set("plan", payload.get("plan"));
        outcome.put("applied", payload.path("applied").asBoolean(false));
        return read(outcome);
    }

    static void print(PrintStream out, OutputFormat format, LandscapeOutcome outcome) {
        switch (format) {
            case JSON -> out.println(JSON.writeValueAsString(outcome));
            case MARKDOWN -> out.print(new PlanMarkdown(outcome).render());
            default -> out.print(new PlanText(outcome).render());
        }
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
