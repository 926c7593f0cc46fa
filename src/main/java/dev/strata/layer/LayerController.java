package dev.strata.layer;

import dev.strata.graphql.DeletePayload;
import dev.strata.graphql.KeyInput;
import dev.strata.layer.LayerMutations.CreateLayerInput;
import dev.strata.layer.LayerMutations.LayerPayload;
import dev.strata.layer.LayerMutations.UpdateLayerInput;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Layer queries and mutations. */
@Controller
class LayerController {

    private final Layers layers;
    private final LayerMutations mutations;

    LayerController(Layers layers, LayerMutations mutations) {
        this.layers = layers;
        this.mutations = mutations;
    }

    @QueryMapping
    @Nullable Layer layer(@Argument String key) {
        return layers.find(key).orElse(null);
    }

    @QueryMapping
    List<Layer> layers() {
        return layers.all();
    }

    @MutationMapping
    LayerPayload createLayer(@Argument CreateLayerInput input) {
        return mutations.create(input);
    }

    @MutationMapping
    LayerPayload updateLayer(@Argument UpdateLayerInput input) {
        return mutations.update(input);
    }

    @MutationMapping
    DeletePayload deleteLayer(@Argument KeyInput input) {
        return mutations.delete(input.key());
    }
}
