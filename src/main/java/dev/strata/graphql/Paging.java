package dev.strata.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Offset paging behind opaque Relay cursors. {@code first} is capped so that no request can ask for an unbounded
 * page; a bad cursor or page size is a client error naming the argument. Offsets stop at {@link #MAX_OFFSET}, far
 * above any landscape and far below where {@code offset + first} would overflow.
 */
public record Paging(int offset, int limit) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest offset a cursor may point at. */
    public static final int MAX_OFFSET = 1_000_000_000;

    private static final String PREFIX = "offset:";

    public static Paging of(@Nullable Integer first, @Nullable String after) {
        return of(first, after, MAX_PAGE_SIZE);
    }

    /** Like {@link #of(Integer, String)}, for a field whose schema documents a larger page ({@code maxPageSize}). */
    public static Paging of(@Nullable Integer first, @Nullable String after, int maxPageSize) {
        int limit = first == null ? DEFAULT_PAGE_SIZE : first;
        if (limit < 1 || limit > maxPageSize) {
            throw new InvalidArgumentException(
                    "first must be between 1 and " + maxPageSize + " (page size limit), was " + limit);
        }
        int offset = after == null || after.isEmpty() ? 0 : offsetAfter(after) + 1;
        return new Paging(offset, limit);
    }

    static String cursorOf(int offset) {
        return Base64.getEncoder().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetAfter(String cursor) {
        long offset = -1;
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && decoded.length() <= PREFIX.length() + 19) {
                offset = Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below; NumberFormatException is an IllegalArgumentException
        }
        if (offset < 0) {
            throw new InvalidArgumentException("after is not a cursor returned by this API: " + abbreviated(cursor));
        }
        if (offset >= MAX_OFFSET) {
            throw new InvalidArgumentException("after is out of range: the cursor points at offset " + offset
                    + ", and pages end at offset " + MAX_OFFSET);
        }
        return (int) offset;
    }

    private static String abbreviated(String cursor) {
        return cursor.length() <= 60 ? cursor : cursor.substring(0, 60) + "...";
    }
}
