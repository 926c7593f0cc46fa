package dev.strata.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Offset paging behind opaque Relay cursors. {@code first} is capped so that no request can ask for an unbounded
 * page; a bad cursor or page size is a client error naming the argument.
 */
public record Paging(int offset, int limit) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String PREFIX = "offset:";

    public static Paging of(@Nullable Integer first, @Nullable String after) {
        int limit = first == null ? DEFAULT_PAGE_SIZE : first;
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException(
                    "first must be between 1 and " + MAX_PAGE_SIZE + " (page size limit), was " + limit);
        }
        int offset = after == null || after.isEmpty() ? 0 : offsetAfter(after) + 1;
        return new Paging(offset, limit);
    }

    static String cursorOf(int offset) {
        return Base64.getEncoder().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetAfter(String cursor) {
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below; NumberFormatException is an IllegalArgumentException
        }
        throw new InvalidArgumentException("after is not a cursor returned by this API: " + cursor);
    }
}
