package dev.strata.valuestream;

import dev.strata.graphql.Connection;
import dev.strata.graphql.DeletePayload;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.KeyInput;
import dev.strata.graphql.Paging;
import dev.strata.valuestream.ValueStreamMutations.CreateValueStreamInput;
import dev.strata.valuestream.ValueStreamMutations.UpdateValueStreamInput;
import dev.strata.valuestream.ValueStreamMutations.ValueStreamPayload;
import dev.strata.valuestream.ValueStreams.ValueStreamFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Value stream queries and mutations. */
@Controller
class ValueStreamController {

    private final ValueStreams valueStreams;
    private final ValueStreamMutations mutations;

    ValueStreamController(ValueStreams valueStreams, ValueStreamMutations mutations) {
        this.valueStreams = valueStreams;
        this.mutations = mutations;
    }

    @QueryMapping
    @Nullable ValueStream valueStream(@Argument String key) {
        return valueStreams.find(key).orElse(null);
    }

    @QueryMapping
    Connection<ValueStream> valueStreams(@Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable ValueStreamFilter filter, @Argument @Nullable EntityOrder orderBy) {
        return valueStreams.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }

    @MutationMapping
    ValueStreamPayload createValueStream(@Argument CreateValueStreamInput input) {
        return mutations.create(input);
    }

    @MutationMapping
    ValueStreamPayload updateValueStream(@Argument UpdateValueStreamInput input) {
        return mutations.update(input);
    }

    @MutationMapping
    DeletePayload deleteValueStream(@Argument KeyInput input) {
        return mutations.delete(input.key());
    }
}
