package dev.strata.platform;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.Paging;
import dev.strata.layer.Layer;
import dev.strata.layer.Layers;
import dev.strata.platform.Platforms.PlatformFilter;
import dev.strata.team.Team;
import dev.strata.team.Teams;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of {@code Platform}, platform queries, {@code Team.platforms}, {@code Layer.platforms}. */
@Controller
class PlatformController {

    private final Platforms platforms;
    private final Teams teams;
    private final Layers layers;

    PlatformController(Platforms platforms, Teams teams, Layers layers) {
        this.platforms = platforms;
        this.teams = teams;
        this.layers = layers;
    }

    @QueryMapping
    @Nullable
    Platform platform(@Argument String key) {
        return platforms.find(key).orElse(null);
    }

    @QueryMapping
    Connection<Platform> platforms(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable PlatformFilter filter,
            @Argument @Nullable EntityOrder orderBy) {
        return platforms.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }

    @BatchMapping
    Map<Platform, Team> owner(List<Platform> parents) {
        return BatchQuery.byParent(parents, Platform::key, teams.ownersOf(keys(parents)), null);
    }

    @BatchMapping
    Map<Platform, Layer> layer(List<Platform> parents) {
        return BatchQuery.byParent(parents, Platform::key, layers.ofPlatforms(keys(parents)), null);
    }

    @BatchMapping(typeName = "Team", field = "platforms")
    Map<Team, List<Platform>> platformsOfTeams(List<Team> parents) {
        return BatchQuery.byParent(
                parents,
                Team::key,
                platforms.ownedBy(parents.stream().map(Team::key).toList()),
                List.of());
    }

    @BatchMapping(typeName = "Layer", field = "platforms")
    Map<Layer, List<Platform>> platformsOfLayers(List<Layer> parents) {
        return BatchQuery.byParent(
                parents,
                Layer::key,
                platforms.inLayers(parents.stream().map(Layer::key).toList()),
                List.of());
    }

    private static List<String> keys(List<Platform> platforms) {
        return platforms.stream().map(Platform::key).toList();
    }
}
