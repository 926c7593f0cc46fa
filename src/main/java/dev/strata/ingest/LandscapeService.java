package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.audit.Actor;
import dev.strata.audit.AuditTrail;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import dev.strata.model.Violation;
import dev.strata.plan.LandscapeImpact;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.ChangeProgress;
import dev.strata.store.CurrentLandscape;
import dev.strata.store.LandscapeReader;
import dev.strata.store.LandscapeWriter;
import dev.strata.store.NodeEdits;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validate, plan and apply landscape files, and export the graph as files. Plan and apply compute the same thing:
 * the files against the current graph, the diff, and its impact on in-memory snapshots of the landscape before and
 * after (nothing is written to measure it). Apply then writes the diff through the one landscape writer: under the
 * landscape lock, in one transaction with its audit record, all or nothing.
 */
@Service
public class LandscapeService {

    private static final Logger log = LoggerFactory.getLogger(LandscapeService.class);
    /** How long an apply may take, waiting for the landscape lock included. */
    private static final Duration APPLY_TIMEOUT = Duration.ofHours(1);

    private final CurrentLandscape current;
    private final LandscapeReader reader;
    private final LandscapeWriter writer;
    private final AuditTrail audit;
    private final CognitiveLoadModel loadModel;
    private final ScorecardRules scorecards;
    private final ParsedFileCache parsedFiles;

    LandscapeService(
            CurrentLandscape current,
            LandscapeReader reader,
            LandscapeWriter writer,
            AuditTrail audit,
            CognitiveLoadModel loadModel,
            ScorecardRules scorecards,
            ParsedFileCache parsedFiles) {
        this.current = current;
        this.reader = reader;
        this.writer = writer;
        this.audit = audit;
        this.loadModel = loadModel;
        this.scorecards = scorecards;
        this.parsedFiles = parsedFiles;
    }

    /** Every problem in the files, references resolved against the files and the graph. Writes nothing. */
    @Transactional(readOnly = true)
    public LandscapeOutcome validate(List<LandscapeFile> files) {
        return validate(files, files.size(), ChangeProgress.NONE);
    }

    /** As {@link #validate(List)}, for files read one at a time (from an upload), reporting to {@code progress}. */
    @Transactional(readOnly = true)
    public LandscapeOutcome validate(Iterable<LandscapeFile> files, int count, ChangeProgress progress) {
        return validate(LandscapeFileParses.parse(files, count, parsedFiles, progress), progress);
    }

    /**
     * {@link #validate(List)} for a declaration read by another producer (a Backstage catalog): its problems plus
     * every reference neither it nor the graph resolves.
     */
    @Transactional(readOnly = true)
    public LandscapeOutcome validate(Parsed parsed) {
        return validate(parsed, ChangeProgress.NONE);
    }

    private LandscapeOutcome validate(Parsed parsed, ChangeProgress progress) {
        Set<NodeRef> known = current.read(progress).landscape().nodes().keySet();
        return new LandscapeOutcome(
                parsed.problemsResolvingAgainst(known), parsed.origins().size(), null, false);
    }

    /** What applying the files would change and do. Writes nothing. */
    @Transactional(readOnly = true)
    public LandscapeOutcome plan(List<LandscapeFile> files, boolean prune, LandscapePolicy policy) {
        return plan(files, files.size(), prune, policy, ChangeProgress.NONE);
    }

    /** As {@link #plan(List, boolean, LandscapePolicy)}, for files read one at a time, reporting to {@code progress}. */
    @Transactional(readOnly = true)
    public LandscapeOutcome plan(
            Iterable<LandscapeFile> files, int count, boolean prune, LandscapePolicy policy, ChangeProgress progress) {
        return plan(LandscapeFileParses.parse(files, count, parsedFiles, progress), prune, policy, progress);
    }

    /** {@link #plan(List, boolean, LandscapePolicy)} for a declaration read by another producer. */
    @Transactional(readOnly = true)
    public LandscapeOutcome plan(Parsed parsed, boolean prune, LandscapePolicy policy) {
        return plan(parsed, prune, policy, ChangeProgress.NONE);
    }

    private LandscapeOutcome plan(Parsed parsed, boolean prune, LandscapePolicy policy, ChangeProgress progress) {
        return evaluate(parsed, current.read(progress).landscape(), prune, policy, false, progress)
                .outcome();
    }

    /**
     * What one described edit (a {@link NodeEdits} edit: add or remove a dependency, change a field) would change and
     * do, answered like {@link #plan}: the edit is checked with the model's rules against the graph, its diff laid on
     * the current landscape in memory and its impact measured as a plan's. Writes nothing.
     *
     * @return the model's refusals (and no plan), or the plan
     */
    @Transactional(readOnly = true)
    public EditPlan planEdit(NodeEdits.NodeEdit edit, LandscapePolicy policy) {
        NodeEdits.Outcome outcome = edit.evaluate(reader);
        if (outcome.refused() || outcome.diff() == null) {
            return new EditPlan(outcome.violations(), null);
        }
        // The edit's diff covers only the documents it read; laid on the whole landscape it gives the complete
        // after-state the impact compares with, as the writer would leave it.
        Landscape current = reader.readAll();
        Landscape after = current.copy();
        LandscapeDiff edited = outcome.diff();
        edited.removedEdges().forEach(after::remove);
        edited.removedNodes().forEach(after::remove);
        edited.upsertNodes().forEach(after::put);
        edited.upsertEdges().forEach(after::put);
        LandscapeDiff diff = LandscapeDiff.of(current, after);
        LandscapeImpact impact = LandscapeImpact.of(current, diff, loadModel, scorecards);
        return new EditPlan(List.of(), LandscapePlan.of(diff, impact, policy.violations(impact), 0));
    }

    /** The answer of {@link #planEdit}: refusals, or the plan. */
    public record EditPlan(
            List<Violation> refusals, @Nullable LandscapePlan plan) {}

    /**
     * Applies the files in one transaction: all or nothing. Nothing is written when the files have problems or the
     * change breaks the policy. Applying the same files again changes nothing.
     */
    public LandscapeOutcome apply(
            List<LandscapeFile> files, boolean prune, LandscapePolicy policy, Actor actor, Object request) {
        return apply(files, files.size(), prune, policy, actor, audit.json(request), ChangeProgress.NONE);
    }

    /**
     * As {@link #apply(List, boolean, LandscapePolicy, Actor, Object)}, for files read one at a time, with what the
     * audit trail records as the request, reporting to {@code progress}; cancelling it rolls the change back.
     */
    public LandscapeOutcome apply(
            Iterable<LandscapeFile> files,
            int count,
            boolean prune,
            LandscapePolicy policy,
            Actor actor,
            String auditInput,
            ChangeProgress progress) {
        return apply(
                LandscapeFileParses.parse(files, count, parsedFiles, progress),
                prune,
                policy,
                actor,
                auditInput,
                progress);
    }

    /**
     * {@link #apply(List, boolean, LandscapePolicy, Actor, Object)} for a declaration read by another producer;
     * {@code request} is what the audit trail records as the input.
     */
    public LandscapeOutcome apply(Parsed parsed, boolean prune, LandscapePolicy policy, Actor actor, Object request) {
        return apply(parsed, prune, policy, actor, audit.json(request), ChangeProgress.NONE);
    }

    private LandscapeOutcome apply(
            Parsed parsed, boolean prune, LandscapePolicy policy, Actor actor, String input, ChangeProgress progress) {
        return writer.write("applyLandscape", actor, APPLY_TIMEOUT, progress, change -> {
            LandscapeEvaluation.Result evaluation =
                    evaluate(parsed, change.current().landscape(), prune, policy, true, progress);
            if (evaluation.outcome().applied() && evaluation.diff() != null) {
                change.write(evaluation.diff(), input, null, null, null, audit.json(summary(evaluation.outcome())));
            }
            return evaluation.outcome();
        });
    }

    /** The landscape as files: nodes go to the file they came from, others to one file per kind. */
    @Transactional(readOnly = true)
    public List<LandscapeFile> export() {
        return LandscapeExport.files(current());
    }

    /** The current landscape, read for an export that streams it ({@link ExportDownloadController}). */
    @Transactional(readOnly = true)
    public Landscape current() {
        return current.read(ChangeProgress.NONE).landscape();
    }

    /** The evaluation an apply makes, for another writer of whole landscapes ({@link HistoryImport}). */
    LandscapeEvaluation.Result evaluateForWriter(
            Parsed parsed, Landscape current, boolean prune, LandscapePolicy policy) {
        return evaluate(parsed, current, prune, policy, true, ChangeProgress.NONE);
    }

    private LandscapeEvaluation.Result evaluate(
            Parsed parsed,
            Landscape current,
            boolean prune,
            LandscapePolicy policy,
            boolean apply,
            ChangeProgress progress) {
        long started = System.nanoTime();
        LandscapeEvaluation.Result result =
                LandscapeEvaluation.evaluate(parsed, current, prune, policy, loadModel, scorecards, apply, progress);
        LandscapePlan plan = result.outcome().plan();
        if (plan != null && plan.hasChanges()) {
            log.info(
                    "{} {} documents: {} node and {} relationship changes in {} ms",
                    result.outcome().applied() ? "Applying" : "Planned",
                    parsed.origins().size(),
                    plan.nodes().size(),
                    plan.edges().size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }

    /** What the audit trail records as the "after" of an apply: the size of the change. */
    private static Map<String, Object> summary(LandscapeOutcome outcome) {
        Map<String, Object> summary = new LinkedHashMap<>();
        LandscapePlan plan = outcome.plan();
        summary.put("documents", outcome.documents());
        if (plan != null) {
            summary.put("nodesAdded", plan.nodesAdded());
            summary.put("nodesChanged", plan.nodesChanged());
            summary.put("nodesRemoved", plan.nodesRemoved());
            summary.put("edgesAdded", plan.edgesAdded());
            summary.put("edgesChanged", plan.edgesChanged());
            summary.put("edgesRemoved", plan.edgesRemoved());
            summary.put("relocated", plan.relocated());
        }
        return summary;
    }
}
