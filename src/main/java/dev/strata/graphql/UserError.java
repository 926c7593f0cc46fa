package dev.strata.graphql;

import java.util.List;

/** An expected failure of a mutation, returned as data in its payload. */
public record UserError(ErrorCode code, List<String> field, String message) {

    public enum ErrorCode {
        NOT_FOUND,
        DUPLICATE_KEY,
        INVALID_VALUE,
        SELF_DEPENDENCY,
        STILL_REFERENCED,
        LIMIT_REACHED
    }
}
