package dev.strata.team;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A team as stored. */
public record Team(
        String key,
        String name,
        @Nullable String description,
        TeamType type,
        int size,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.TEAM;
    }

    public static Team from(Value node) {
        return new Team(
                node.get("key").asString(),
                node.get("name").asString(),
                node.get("description").asString(null),
                TeamType.valueOf(node.get("type").asString()),
                node.get("size").asInt(),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime());
    }
}
