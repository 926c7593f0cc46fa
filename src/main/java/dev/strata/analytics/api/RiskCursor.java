package dev.strata.analytics.api;

import dev.strata.analytics.risk.ReachRisks;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.NodeKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Opaque cursors of the risk pages: the (source kind, source key, target key) of the last row, so that the next page
 * starts after it even when the landscape changed in between.
 */
final class RiskCursor {

    private static final String SEPARATOR = "\u0000";
    private static final String PREFIX = "risk" + SEPARATOR;

    private RiskCursor() {}

    static String encode(ReachRisks.Position position) {
        String text =
                PREFIX + position.sourceKind() + SEPARATOR + position.sourceKey() + SEPARATOR + position.targetKey();
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static ReachRisks.@Nullable Position decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            if (text.startsWith(PREFIX) && parts.length == 4) {
                return new ReachRisks.Position(NodeKind.valueOf(parts[1]), parts[2], parts[3]);
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the error below
        }
        throw new InvalidArgumentException("after is not a cursor returned by this field: " + cursor);
    }
}
