package dev.strata.history;

import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.NodeRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.landscapeTrends} and {@code Query.deliveryMeasures}: what the history says about change over time. */
@Controller
class TrendsController {

    private final LandscapeTrends trends;
    private final DeliveryMeasures delivery;

    TrendsController(LandscapeTrends trends, DeliveryMeasures delivery) {
        this.trends = trends;
        this.delivery = delivery;
    }

    @QueryMapping
    List<LandscapeTrends.Point> landscapeTrends(@Argument TrendsInput input) {
        Duration step;
        try {
            step = Duration.parse(input.step());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("step must be an ISO-8601 duration such as P7D or PT12H, was '"
                    + input.step() + "' (months and years are not fixed lengths: use days)");
        }
        return trends.series(new LandscapeTrends.Request(
                input.from() == null ? null : input.from().toInstant(),
                input.to() == null ? null : input.to().toInstant(),
                step,
                input.teamKeys() == null ? List.of() : input.teamKeys(),
                input.platformKeys() == null ? List.of() : input.platformKeys(),
                input.blastRadiusOf()));
    }

    @SchemaMapping(typeName = "TrendPoint", field = "at")
    OffsetDateTime at(LandscapeTrends.Point point) {
        return point.at().atOffset(ZoneOffset.UTC);
    }

    @QueryMapping
    List<DeliveryMeasures.Measures> deliveryMeasures(@Argument @Nullable List<String> platformKeys) {
        return delivery.measure(platformKeys);
    }

    record TrendsInput(
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to,
            String step,
            @Nullable List<String> teamKeys,
            @Nullable List<String> platformKeys,
            @Nullable NodeRef blastRadiusOf) {}
}
