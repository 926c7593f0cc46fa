package dev.strata.valuestream;

import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.Paging;
import dev.strata.valuestream.ValueStreams.ValueStreamFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Value stream queries. */
@Controller
class ValueStreamController {

    private final ValueStreams valueStreams;

    ValueStreamController(ValueStreams valueStreams) {
        this.valueStreams = valueStreams;
    }

    @QueryMapping
    @Nullable
    ValueStream valueStream(@Argument String key) {
        return valueStreams.find(key).orElse(null);
    }

    @QueryMapping
    Connection<ValueStream> valueStreams(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable ValueStreamFilter filter,
            @Argument @Nullable EntityOrder orderBy) {
        return valueStreams.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }
}
