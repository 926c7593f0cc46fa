package dev.strata.consumer;

import dev.strata.capability.Capability;
import dev.strata.model.InteractionMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A consumer's use of a capability: the {@code CONSUMES} relationship with both ends. */
public record Consumption(
        Consumer consumer, Capability capability, @Nullable LocalDate since, InteractionMode mode) {

    /** From a map {@code {consumer: node, capability: node, since: date, mode: string}}. */
    static Consumption from(Value row) {
        return new Consumption(
                Consumer.from(row.get("consumer")),
                Capability.from(row.get("capability")),
                row.get("since").isNull() ? null : row.get("since").asLocalDate(),
                InteractionMode.valueOf(row.get("mode").asString()));
    }
}
