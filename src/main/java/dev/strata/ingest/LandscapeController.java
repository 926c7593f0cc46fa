package dev.strata.ingest;

import dev.strata.history.AsOf;
import dev.strata.history.LandscapeHistory;
import dev.strata.plan.LandscapePolicy;
import dev.strata.security.Actors;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points of landscape as code: validate, plan (dry run), apply, export. */
@Controller
class LandscapeController {

    private final LandscapeService service;
    private final LandscapeHistory history;

    LandscapeController(LandscapeService service, LandscapeHistory history) {
        this.service = service;
        this.history = history;
    }

    @MutationMapping
    LandscapeOutcome validateLandscape(@Argument ValidateLandscapeInput input) {
        return service.validate(input.files());
    }

    @MutationMapping
    LandscapeOutcome planLandscape(@Argument ChangeLandscapeInput input) {
        return service.plan(input.files(), Boolean.TRUE.equals(input.prune()), input.policyOrNone());
    }

    @MutationMapping
    LandscapeOutcome applyLandscape(@Argument ChangeLandscapeInput input, DataFetchingEnvironment env) {
        return service.apply(
                input.files(),
                Boolean.TRUE.equals(input.prune()),
                input.policyOrNone(),
                Actors.of(env.getGraphQlContext()),
                env.getArguments());
    }

    @QueryMapping
    List<LandscapeFile> exportLandscape(@Argument @Nullable AsOf asOf) {
        if (asOf == null) {
            return service.export();
        }
        return LandscapeExport.files(history.landscape(history.resolve(asOf).version()));
    }

    record ValidateLandscapeInput(List<LandscapeFile> files) {}

    record ChangeLandscapeInput(
            List<LandscapeFile> files,
            @Nullable Boolean prune,
            @Nullable LandscapePolicy policy) {
        LandscapePolicy policyOrNone() {
            return policy == null ? LandscapePolicy.NONE : policy;
        }
    }
}
