package dev.strata.consumer;

import dev.strata.capability.Capability;
import dev.strata.consumer.Consumers.ConsumerFilter;
import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.Paging;
import dev.strata.team.Team;
import dev.strata.team.Teams;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of {@code Consumer}, consumer queries, {@code Team.consumers}, {@code Capability.consumptions}. */
@Controller
class ConsumerController {

    private final Consumers consumers;
    private final Teams teams;

    ConsumerController(Consumers consumers, Teams teams) {
        this.consumers = consumers;
        this.teams = teams;
    }

    @QueryMapping
    @Nullable
    Consumer consumer(@Argument String key) {
        return consumers.find(key).orElse(null);
    }

    @QueryMapping
    Connection<Consumer> consumers(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable ConsumerFilter filter,
            @Argument @Nullable EntityOrder orderBy) {
        return consumers.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }

    @BatchMapping
    Map<Consumer, Team> owner(List<Consumer> parents) {
        return BatchQuery.byParent(parents, Consumer::key, teams.ownersOf(keys(parents)), null);
    }

    @BatchMapping(typeName = "Consumer", field = "consumptions")
    Map<Consumer, List<Consumption>> consumptionsOfConsumers(List<Consumer> parents) {
        return BatchQuery.byParent(parents, Consumer::key, consumers.consumptionsOfConsumers(keys(parents)), List.of());
    }

    @BatchMapping(typeName = "Capability", field = "consumptions")
    Map<Capability, List<Consumption>> consumptionsOfCapabilities(List<Capability> parents) {
        return BatchQuery.byParent(
                parents,
                Capability::key,
                consumers.consumptionsOfCapabilities(
                        parents.stream().map(Capability::key).toList()),
                List.of());
    }

    @BatchMapping(typeName = "Team", field = "consumers")
    Map<Team, List<Consumer>> consumersOfTeams(List<Team> parents) {
        return BatchQuery.byParent(
                parents,
                Team::key,
                consumers.ownedBy(parents.stream().map(Team::key).toList()),
                List.of());
    }

    private static List<String> keys(List<Consumer> consumers) {
        return consumers.stream().map(Consumer::key).toList();
    }
}
