package dev.strata.ingest.bulk;

import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;
import dev.strata.plan.LandscapePolicy;
import dev.strata.security.Actors;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Object> createLandscapeUpload(DataFetchingEnvironment env) {
        String owner = Actors.of(env.getGraphQlContext()).name();
        return payload("upload", () -> view(uploads.create(owner)), List.of());
    }

    @MutationMapping
    Map<String, Object> deleteLandscapeUpload(@Argument IdInput input, DataFetchingEnvironment env) {
        String owner = Actors.of(env.getGraphQlContext()).name();
        return payload(
                "deletedKey",
                () -> {
                    uploads.delete(input.id(), owner);
                    return input.id();
                },
                List.of("input", "id"));
    }

    @MutationMapping
    Map<String, Object> startLandscapeOperation(@Argument StartInput input, DataFetchingEnvironment env) {
        return payload(
                "operation",
                () -> operations
                        .start(
                                input.action(),
                                input.uploadId(),
                                Boolean.TRUE.equals(input.prune()),
                                input.policy() == null ? LandscapePolicy.NONE : input.policy(),
                                Actors.of(env.getGraphQlContext()))
                        .view(),
                List.of("input", "uploadId"));
    }

    @MutationMapping
    Map<String, Object> cancelLandscapeOperation(@Argument IdInput input, DataFetchingEnvironment env) {
        return payload(
                "operation",
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
                List.of("input", "id"));
    }

    @QueryMapping
    LandscapeOperation.@Nullable View landscapeOperation(@Argument String id) {
        return operations.find(id).map(LandscapeOperation::view).orElse(null);
    }

    /** The payload with its one result, or with the refusal as a typed error and the result null. */
    private static Map<String, Object> payload(String name, Supplier<Object> result, List<String> field) {
        Map<String, Object> payload = new LinkedHashMap<>();
        try {
            payload.put(name, result.get());
            payload.put("errors", List.of());
        } catch (UploadRefusedException refusal) {
            payload.put(name, null);
            payload.put("errors", List.of(new UserError(code(refusal.status()), field, refusal.getMessage())));
        }
        return payload;
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
