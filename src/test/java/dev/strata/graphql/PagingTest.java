package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Cursors decode to offsets only within range; anything else is a client error that names {@code after}. */
class PagingTest {

    @Test
    void aCursorReturnedByTheApiLeadsToTheNextOffset() {
        assertThat(Paging.of(10, Paging.cursorOf(29))).isEqualTo(new Paging(30, 10));
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_PAGE_SIZE));
        assertThat(Paging.of(100, Paging.cursorOf(Paging.MAX_OFFSET - 2)).offset())
                .isEqualTo(Paging.MAX_OFFSET - 1);
    }

    @Test
    void cursorsNearTheIntegerLimitAreRefusedNamingTheArgumentInsteadOfOverflowing() {
        for (long offset : new long[] {
            Paging.MAX_OFFSET, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE
        }) {
            assertThatThrownBy(() -> Paging.of(20, cursor("offset:" + offset)))
                    .as("offset %d", offset)
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("after is out of range")
                    .hasMessageContaining(String.valueOf(offset));
        }
    }

    @Test
    void malformedCursorsAreRefusedNamingTheArgument() {
        for (String cursor : new String[] {
            "not base64!",
            cursor("offset:-1"),
            cursor("offset:1e3"),
            cursor("page:3"),
            cursor("offset:" + "9".repeat(40)),
            "x".repeat(10_000)
        }) {
            assertThatThrownBy(() -> Paging.of(20, cursor))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("after is not a cursor returned by this API");
        }
    }

    private static String cursor(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
