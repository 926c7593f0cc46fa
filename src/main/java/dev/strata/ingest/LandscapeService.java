package dev.strata.ingest;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.load.CognitiveLoadEngine;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.ingest.Landscape.NodeId;
import dev.strata.ingest.LandscapeImpact.TeamLoad;
import dev.strata.ingest.LandscapeParser.Parsed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Validate, plan and apply landscape files, and export the graph as files. Plan and apply share one path inside a
 * transaction: read the graph, diff, measure cognitive load, write the diff, measure again; plan (and an apply whose
 * policy is broken) then rolls the transaction back, so the "after" load comes from the real Cypher query on the
 * real after-state without anything becoming visible. Blast radius, violations and cycles run on in-memory
 * snapshots of before and after.
 */
@Service
public class LandscapeService {

    private static final Logger log = LoggerFactory.getLogger(LandscapeService.class);
    private static final String LOAD_QUERY = CypherQueries.load("team-cognitive-load");

    private final LandscapeGraph graph;
    private final Neo4jClient client;
    private final CognitiveLoadModel loadModel;

    LandscapeService(LandscapeGraph graph, Neo4jClient client, CognitiveLoadEngine cognitiveLoad) {
        this.graph = graph;
        this.client = client;
        this.loadModel = cognitiveLoad.model();
    }

    /** Every problem in the files, references resolved against the files and the graph. Writes nothing. */
    @Transactional(readOnly = true)
    public LandscapeOutcome validate(List<LandscapeFile> files) {
        Parsed parsed = LandscapeParser.parse(files);
        Set<NodeId> known = graph.read().nodes.keySet();
        return new LandscapeOutcome(parsed.problemsResolvingAgainst(known), parsed.origins().size(), null, false);
    }

    /** What applying the files would change and do; writes nothing (a dry run rolled back). */
    @Transactional
    public LandscapeOutcome plan(List<LandscapeFile> files, boolean prune, LandscapePolicy policy) {
        LandscapeOutcome outcome = run(files, prune, policy, false);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return outcome;
    }

    /**
     * Applies the files in this one transaction: all or nothing. Nothing is written when the files have problems or
     * the change breaks the policy. Applying the same files again changes nothing.
     */
    @Transactional
    public LandscapeOutcome apply(List<LandscapeFile> files, boolean prune, LandscapePolicy policy) {
        LandscapeOutcome outcome = run(files, prune, policy, true);
        if (!outcome.applied()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    /** The landscape as files: nodes go to the file they came from, others to one file per kind. */
    @Transactional(readOnly = true)
    public List<LandscapeFile> export() {
        return LandscapeExport.files(graph.read());
    }

    private LandscapeOutcome run(List<LandscapeFile> files, boolean prune, LandscapePolicy policy, boolean apply) {
        long started = System.nanoTime();
        Parsed parsed = LandscapeParser.parse(files);
        Landscape current = graph.read();
        List<Problem> problems = parsed.problemsResolvingAgainst(prune ? Set.of() : current.nodes.keySet());
        if (!problems.isEmpty()) {
            return new LandscapeOutcome(problems, parsed.origins().size(), null, false);
        }
        LandscapeDiff diff = LandscapeDiff.between(current, parsed.declared(), prune);
        int undeclared = prune ? 0 : (int) current.nodes.keySet().stream()
                .filter(id -> !parsed.declared().nodes.containsKey(id)).count();
        if (diff.isEmpty()) {
            LandscapePlan plan = new LandscapePlan(List.of(), List.of(), LandscapeImpact.NONE, List.of(), undeclared);
            return new LandscapeOutcome(List.of(), parsed.origins().size(), plan, apply);
        }
        Map<String, TeamLoad> loadBefore = loads();
        graph.write(diff);
        Map<String, TeamLoad> loadAfter = loads();
        LandscapeImpact impact = LandscapeImpact.of(current, diff, loadBefore, loadAfter);
        List<String> violations = policy.violations(impact);
        LandscapePlan plan = new LandscapePlan(diff.nodeChanges(), diff.edgeChanges(), impact, violations, undeclared);
        boolean applied = apply && violations.isEmpty();
        log.info("{} {} files: {} node and {} relationship changes in {} ms", applied ? "Applied" : "Planned",
                files.size(), diff.nodeChanges().size(), diff.edgeChanges().size(),
                (System.nanoTime() - started) / 1_000_000);
        return new LandscapeOutcome(List.of(), parsed.origins().size(), plan, applied);
    }

    /** Cognitive load of every team by the analytics query, inside the current transaction. */
    private Map<String, TeamLoad> loads() {
        Map<String, Object> parameters = new HashMap<>(loadModel.parameters());
        parameters.put("teamKey", null);
        Map<String, TeamLoad> loads = new HashMap<>();
        client.query(LOAD_QUERY).bindAll(parameters).fetch().all().forEach(row -> {
            double index = ((Number) row.get("index")).doubleValue();
            loads.put((String) row.get("teamKey"), new TeamLoad(index, loadModel.band(index)));
        });
        return loads;
    }

}
