package dev.strata.graphql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Result of a delete mutation. */
public record DeletePayload(@Nullable String deletedKey, List<UserError> errors) {

    public static DeletePayload deleted(String key) {
        return new DeletePayload(key, List.of());
    }

    public static DeletePayload refused(List<UserError> errors) {
        return new DeletePayload(null, List.copyOf(errors));
    }
}
