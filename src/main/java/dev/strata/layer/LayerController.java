package dev.strata.layer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Layer queries. */
@Controller
class LayerController {

    private final Layers layers;

    LayerController(Layers layers) {
        this.layers = layers;
    }

    @QueryMapping
    @Nullable
    Layer layer(@Argument String key) {
        return layers.find(key).orElse(null);
    }

    @QueryMapping
    List<Layer> layers() {
        return layers.all();
    }
}
