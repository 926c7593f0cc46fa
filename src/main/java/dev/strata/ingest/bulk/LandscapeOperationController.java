package dev.strata.ingest.bulk;

import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;
import dev.strata.plan.LandscapePolicy;
import dev.strata.security.Actors;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * GraphQL side of large landscapes: create and delete uploads, start, follow and cancel operations on them. Expected
 * failures (an unknown or unready upload, a limit reached) come back as typed errors in the payload.
 */
@Controller
class LandscapeOperationController {

    private final LandscapeUploads uploads;
    private final LandscapeOperations operations;

    LandscapeOperationController(LandscapeUploads uploads, LandscapeOperations operations) {
        this.uploads = uploads;
        this.operations = operations;
    }

    @MutationMapping
    CreateLandscapeUploadPayload createLandscapeUpload(DataFetchingEnvironment env) {
        String owner = Actors.of(env.getGraphQlContext()).name();
        Outcome<UploadView> outcome = attempt(() -> view(uploads.create(owner)), List.of());
        return new CreateLandscapeUploadPayload(outcome.result(), outcome.errors());
    }

    @MutationMapping
    DeletePayload deleteLandscapeUpload(@Argument IdInput input, DataFetchingEnvironment env) {
        String owner = Actors.of(env.getGraphQlContext()).name();
        Outcome<String> outcome = attempt(
                () -> {
                    uploads.delete(input.id(), owner);
                    return input.id();
                },
                List.of("input", "id"));
        return new DeletePayload(outcome.result(), outcome.errors());
    }

    @MutationMapping
    LandscapeOperationPayload startLandscapeOperation(@Argument StartInput input, DataFetchingEnvironment env) {
        return LandscapeOperationPayload.of(attempt(
                () -> operations
                        .start(
                                input.action(),
                                input.uploadId(),
                                Boolean.TRUE.equals(input.prune()),
                                input.policy() == null ? LandscapePolicy.NONE : input.policy(),
                                Actors.of(env.getGraphQlContext()))
                        .view(),
                List.of("input", "uploadId")));
    }

    @MutationMapping
    LandscapeOperationPayload cancelLandscapeOperation(@Argument IdInput input, DataFetchingEnvironment env) {
        return LandscapeOperationPayload.of(attempt(
                () -> {
                    LandscapeOperation operation = operations
                            .find(input.id())
                            .orElseThrow(() -> new UploadRefusedException(
                                    HttpStatus.NOT_FOUND,
                                    "no landscape operation " + input.id() + ": it never existed or ended more"
                                            + " than strata.landscape.operation-ttl ago"));
                    operation.cancel(Actors.of(env.getGraphQlContext()).name());
                    return operation.view();
                },
                List.of("input", "id")));
    }

    @QueryMapping
    LandscapeOperation.@Nullable View landscapeOperation(@Argument String id) {
        return operations.find(id).map(LandscapeOperation::view).orElse(null);
    }

    /** The one result, or the refusal as a typed error and the result null. */
    private static <T> Outcome<T> attempt(Supplier<T> result, List<String> field) {
        try {
            return new Outcome<>(result.get(), List.of());
        } catch (UploadRefusedException refusal) {
            return new Outcome<>(null, List.of(new UserError(code(refusal.status()), field, refusal.getMessage())));
        }
    }

    private record Outcome<T>(@Nullable T result, List<UserError> errors) {}

    /** {@code CreateLandscapeUploadPayload}: the upload, or why none was created. */
    record CreateLandscapeUploadPayload(@Nullable UploadView upload, List<UserError> errors) {}

    /** {@code DeletePayload}: the key deleted, or why nothing was. */
    record DeletePayload(@Nullable String deletedKey, List<UserError> errors) {}

    /** {@code LandscapeOperationPayload}: the operation, or why it was refused. */
    record LandscapeOperationPayload(LandscapeOperation.@Nullable View operation, List<UserError> errors) {

        static LandscapeOperationPayload of(Outcome<LandscapeOperation.View> outcome) {
            return new LandscapeOperationPayload(outcome.result(), outcome.errors());
        }
    }

    private static ErrorCode code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case TOO_MANY_REQUESTS -> ErrorCode.LIMIT_REACHED;
            default -> ErrorCode.INVALID_VALUE;
        };
    }

    private UploadView view(Upload upload) {
        return new UploadView(
                upload.id(),
                upload.url(),
                upload.state() == Upload.State.READY ? "READY" : "WAITING",
                upload.files().size(),
                upload.bytes(),
                uploads.maxBytes(),
                upload.expiresAt());
    }

    /** The upload as GraphQL shows it (type {@code LandscapeUpload}). */
    record UploadView(
            String id, String url, String state, int files, double bytes, double maxBytes, Instant expiresAt) {}

    record IdInput(String id) {}

    record StartInput(
            String uploadId,
            LandscapeOperation.Action action,
            @Nullable Boolean prune,
            @Nullable LandscapePolicy policy) {}
}
