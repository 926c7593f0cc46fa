package dev.strata.team;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.Paging;
import dev.strata.team.Teams.TeamFilter;
import dev.strata.valuestream.ValueStream;
import dev.strata.valuestream.ValueStreams;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of {@code Team}, team queries, and {@code ValueStream.teams}. */
@Controller
class TeamController {

    private final Teams teams;
    private final ValueStreams valueStreams;

    TeamController(Teams teams, ValueStreams valueStreams) {
        this.teams = teams;
        this.valueStreams = valueStreams;
    }

    @QueryMapping
    @Nullable
    Team team(@Argument String key) {
        return teams.find(key).orElse(null);
    }

    @QueryMapping
    Connection<Team> teams(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable TeamFilter filter,
            @Argument @Nullable EntityOrder orderBy) {
        return teams.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }

    @BatchMapping
    Map<Team, ValueStream> valueStream(List<Team> parents) {
        return BatchQuery.byParent(
                parents,
                Team::key,
                valueStreams.ofTeams(parents.stream().map(Team::key).toList()),
                null);
    }

    @BatchMapping(typeName = "ValueStream", field = "teams")
    Map<ValueStream, List<Team>> teamsOfValueStreams(List<ValueStream> parents) {
        return BatchQuery.byParent(
                parents,
                ValueStream::key,
                teams.alignedTo(parents.stream().map(ValueStream::key).toList()),
                List.of());
    }
}
