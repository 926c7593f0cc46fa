package dev.strata.ingest;

import dev.strata.graphql.InvalidArgumentException;
import dev.strata.security.Actors;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code Mutation.importLandscapeCommit}: one Git commit of landscape files becomes a version of the history. */
@Controller
class HistoryImportController {

    private final HistoryImport historyImport;

    HistoryImportController(HistoryImport historyImport) {
        this.historyImport = historyImport;
    }

    @MutationMapping
    HistoryImport.Outcome importLandscapeCommit(@Argument ImportCommitInput input, DataFetchingEnvironment env) {
        if (input.commit().isBlank() || input.author().isBlank()) {
            throw new InvalidArgumentException("commit and author must not be blank");
        }
        Instant at = input.at().toInstant();
        if (at.isAfter(Instant.now())) {
            throw new InvalidArgumentException("commit " + input.commit() + " is dated " + at
                    + ", in the future: history records only the past (check the committer's clock)");
        }
        return historyImport.importCommit(
                input.files(), input.commit(), at, input.author(), Actors.of(env.getGraphQlContext()));
    }

    record ImportCommitInput(String commit, OffsetDateTime at, String author, List<LandscapeFile> files) {}
}
