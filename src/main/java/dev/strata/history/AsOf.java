package dev.strata.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A point in the landscape's history as a caller names it (the GraphQL {@code AsOf} input): a version, or a time (the
 * landscape as the newest change at or before that time left it). Exactly one of the two is given.
 */
public record AsOf(@Nullable Long version, @Nullable OffsetDateTime at) {

    public static AsOf version(long version) {
        return new AsOf(version, null);
    }

    public static AsOf at(Instant at) {
        return new AsOf(null, at.atOffset(ZoneOffset.UTC));
    }

    @Override
    public String toString() {
        return version != null ? "version " + version : "time " + at;
    }
}
