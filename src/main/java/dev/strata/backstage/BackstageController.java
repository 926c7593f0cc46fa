package dev.strata.backstage;

import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.plan.LandscapePolicy;
import dev.strata.security.Actors;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points of the Backstage import: validate, plan (dry run) and apply a catalog. */
@Controller
class BackstageController {

    private final BackstageService service;

    BackstageController(BackstageService service) {
        this.service = service;
    }

    @MutationMapping
    BackstageOutcome validateBackstageCatalog(@Argument ValidateInput input) {
        BackstageOutcome refused = refusal(input.catalog());
        return refused != null ? refused : service.validate(input.catalog().request());
    }

    @MutationMapping
    BackstageOutcome planBackstageCatalog(@Argument ChangeInput input) {
        BackstageOutcome refused = refusal(input.catalog());
        return refused != null
                ? refused
                : service.plan(input.catalog().request(), Boolean.TRUE.equals(input.prune()), input.policyOrNone());
    }

    @MutationMapping
    BackstageOutcome applyBackstageCatalog(@Argument ChangeInput input, DataFetchingEnvironment env) {
        BackstageOutcome refused = refusal(input.catalog());
        return refused != null
                ? refused
                : service.apply(
                        input.catalog().request(),
                        Boolean.TRUE.equals(input.prune()),
                        input.policyOrNone(),
                        Actors.of(env.getGraphQlContext()),
                        env.getArguments());
    }

    /** A catalog is files or the running Backstage, exactly one of them. */
    private static @Nullable BackstageOutcome refusal(CatalogInput catalog) {
        boolean files = catalog.files() != null;
        boolean backstage = Boolean.TRUE.equals(catalog.fromBackstage());
        if (files == backstage) {
            Problem problem = new Problem(
                    Code.INVALID_VALUE,
                    "",
                    0,
                    "catalog",
                    "give the catalog as files or" + " fromBackstage: true, " + (files ? "not both" : "one of them"));
            return new BackstageOutcome(
                    List.of(problem),
                    new BackstageImport.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                    List.of(),
                    List.of(),
                    null,
                    false);
        }
        return null;
    }

    record CatalogInput(
            @Nullable List<LandscapeFile> files,
            @Nullable List<String> roots,
            @Nullable Boolean fromBackstage) {
        CatalogRequest request() {
            return Boolean.TRUE.equals(fromBackstage)
                    ? CatalogRequest.fromRunningBackstage()
                    : CatalogRequest.ofFiles(files == null ? List.of() : files, roots == null ? List.of() : roots);
        }
    }

    record ValidateInput(CatalogInput catalog) {}

    record ChangeInput(
            CatalogInput catalog,
            @Nullable Boolean prune,
            @Nullable LandscapePolicy policy) {
        LandscapePolicy policyOrNone() {
            return policy == null ? LandscapePolicy.NONE : policy;
        }
    }
}
