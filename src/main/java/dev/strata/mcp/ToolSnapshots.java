package dev.strata.mcp;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The snapshot a read tool answers from: the current landscape, or the landscape as it was at the call's {@code asOf}
 * (a version, or a time), from the same history and cache as GraphQL's {@code asOf}. A time before history begins or
 * in the future is refused by the history with a message naming the earliest time.
 */
@Component
class ToolSnapshots {

    static final String AS_OF = "asOf";

    private final HistoricalSnapshots history;

    ToolSnapshots(HistoricalSnapshots history) {
        this.history = history;
    }

    /** The argument's JSON schema, shared by every read tool. */
    static Map<String, Object> asOfSchema() {
        return Map.of(
                "type",
                "string",
                "description",
                "Answer from the landscape as it was: a version number (e.g. \"42\") or a time (ISO-8601, e.g."
                        + " \"2026-11-01T09:00:00Z\", or a date meaning its start in UTC); now when omitted");
    }

    LandscapeSnapshot of(ToolArguments arguments) {
        return history.snapshot(asOf(arguments));
    }

    static @Nullable AsOf asOf(ToolArguments arguments) {
        Object raw = arguments.raw(AS_OF);
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number number) {
            return AsOf.version(number.longValue());
        }
        String text = raw.toString().strip();
        if (text.matches("\\d{1,18}")) {
            return AsOf.version(Long.parseLong(text));
        }
        try {
            return new AsOf(null, OffsetDateTime.parse(text));
        } catch (DateTimeParseException notATime) {
            try {
                return new AsOf(null, LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                throw new ToolFailure(arguments.tool() + ": argument 'asOf' must be a version number or an ISO-8601"
                        + " time such as 2026-11-01T09:00:00Z or a date such as 2026-11-01, was '" + text + "'");
            }
        }
    }
}
