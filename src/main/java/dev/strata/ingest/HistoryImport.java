package dev.strata.ingest;

import dev.strata.audit.Actor;
import dev.strata.audit.AuditTrail;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.ChangeProgress;
import dev.strata.store.HistoryOrderException;
import dev.strata.store.LandscapeWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * One commit of a Git history replayed into the landscape's history ({@code strata history import}): the commit's
 * landscape files are the whole landscape at that commit (applied with prune), recorded as a version at the commit's
 * time with its author as the actor. Files that do not validate change nothing and come back as problems (file, line,
 * field), so the caller skips the commit and goes on. A commit older than the newest recorded version is refused
 * ({@code HISTORY_ORDER}): history is kept in time order, so a Git history is imported into an empty history or
 * continues one whose newest version is older than its first commit.
 */
@Service
public class HistoryImport {

    private static final Duration TIMEOUT = Duration.ofHours(1);
    /** The door recorded for imported versions. */
    public static final String VIA = "history-import";

    private final LandscapeWriter writer;
    private final ParsedFileCache parsedFiles;
    private final LandscapeService service;
    private final AuditTrail audit;

    HistoryImport(LandscapeWriter writer, ParsedFileCache parsedFiles, LandscapeService service, AuditTrail audit) {
        this.writer = writer;
        this.parsedFiles = parsedFiles;
        this.service = service;
        this.audit = audit;
    }

    /** The answer for one commit: problems (nothing imported), or the plan and the version it became (null: no change). */
    public record Outcome(
            List<Problem> errors,
            int documents,
            @Nullable LandscapePlan plan,
            boolean imported,
            @Nullable Long version) {}

    /**
     * Imports one commit's files as a version at {@code at} by {@code author}; {@code requester} (who runs the import)
     * is recorded in the audit trail's input.
     */
    public Outcome importCommit(List<LandscapeFile> files, String commit, Instant at, String author, Actor requester) {
        Parsed parsed = LandscapeFileParses.parse(files, files.size(), parsedFiles, ChangeProgress.NONE);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("commit", commit);
        request.put("at", at.toString());
        request.put("author", author);
        request.put("importedBy", requester.name());
        request.put("files", files.size());
        String input = audit.json(request);
        Actor actor = new Actor(author, VIA);
        try {
            return writer.write("importLandscapeCommit", actor, TIMEOUT, ChangeProgress.NONE, change -> {
                change.recordAt(at);
                change.source("commit " + commit);
                LandscapeEvaluation.Result evaluation =
                        service.evaluateForWriter(parsed, change.current().landscape(), true, LandscapePolicy.NONE);
                LandscapeOutcome outcome = evaluation.outcome();
                boolean changes = outcome.applied()
                        && evaluation.diff() != null
                        && !evaluation.diff().isEmpty();
                if (changes) {
                    change.write(evaluation.diff(), input, null, null, null, null);
                }
                return new Outcome(
                        outcome.errors(),
                        outcome.documents(),
                        outcome.plan(),
                        outcome.applied(),
                        changes ? change.version() : null);
            });
        } catch (HistoryOrderException e) {
            return new Outcome(
                    List.of(new Problem(Problem.Code.HISTORY_ORDER, "commit " + commit, 0, "", e.getMessage())),
                    parsed.origins().size(),
                    null,
                    false,
                    null);
        }
    }
}
