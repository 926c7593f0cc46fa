package dev.strata.graphql;

import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What every feature's repository shares: finding its entities by key, one or many in one query. The subclasses add
 * their filtered pages and navigation queries. Its methods are not final: Spring proxies {@code @Repository} classes
 * (exception translation), and a final method would run on the proxy's empty fields.
 *
 * @param <T> the GraphQL type the repository reads
 */
public abstract class NodeRepository<T extends LandscapeNode> implements NodeFinder {

    protected final Neo4jClient client;
    private final NodeKind kind;
    private final Function<Value, T> mapper;
    private final String findAll;

    /**
     * @param findAll the query that finds entities by {@code $keys}, returning {@code key} and the node as
     *     {@code value}; written out by each repository, since Cypher takes no label as a parameter where the key
     *     constraint's index must serve the lookup
     */
    protected NodeRepository(Neo4jClient client, NodeKind kind, Function<Value, T> mapper, String findAll) {
        this.client = client;
        this.kind = kind;
        this.mapper = mapper;
        this.findAll = findAll;
    }

    @Override
    public NodeKind kind() {
        return kind;
    }

    @Override
    public Map<String, T> findAll(Collection<String> keys) {
        return BatchQuery.one(client, findAll, keys, mapper);
    }

    @Override
    public Optional<T> find(String key) {
        return Optional.ofNullable(findAll(List.of(key)).get(key));
    }
}
