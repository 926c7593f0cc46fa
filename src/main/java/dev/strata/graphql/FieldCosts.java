package dev.strata.graphql;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The {@code @cost} weights of GraphQL fields and the request budget, for the other doors that run the same work
 * (the MCP tools): a call that does the work of some fields costs what a request selecting them costs, is heavy when
 * one of them is, and is refused over the same budget ({@code strata.graphql.max-cost}). Weights are read from the
 * loaded schema, so the doors cannot drift apart.
 */
@Component
public class FieldCosts {

    private final Supplier<GraphQLSchema> schema;
    private final int maxCost;

    @Autowired
    FieldCosts(ObjectProvider<GraphQlSource> graphQlSource, RequestLimits.Limits limits) {
        this(() -> graphQlSource.getObject().schema(), limits.maxCost());
    }

    private FieldCosts(Supplier<GraphQLSchema> schema, int maxCost) {
        this.schema = schema;
        this.maxCost = maxCost;
    }

    /** Costs over a given schema and budget (tests, tools outside a Spring context). */
    public static FieldCosts of(GraphQLSchema schema, int maxCost) {
        return new FieldCosts(() -> schema, maxCost);
    }

    /** The cost budget of one request. */
    public int maxCost() {
        return maxCost;
    }

    /**
     * What doing the work of these fields costs ({@code Type.field} coordinates): the sum of their weights, one point
     * for no field (a lookup).
     *
     * @throws IllegalArgumentException for a coordinate the schema does not have
     */
    public long cost(Collection<String> coordinates) {
        return coordinates.isEmpty()
                ? 1
                : coordinates.stream()
                        .mapToLong(coordinate -> QueryCost.weight(field(coordinate)))
                        .sum();
    }

    /** Whether one of the fields is heavy: it waits for a turn of {@link HeavyWorkAdmission}. */
    public boolean heavy(Collection<String> coordinates) {
        return coordinates.stream()
                .anyMatch(coordinate -> QueryCost.weight(field(coordinate)) >= QueryCost.HEAVY_WEIGHT);
    }

    private GraphQLFieldDefinition field(String coordinate) {
        int dot = coordinate.indexOf('.');
        GraphQLFieldDefinition field = dot < 0
                ? null
                : schema.get()
                        .getFieldDefinition(FieldCoordinates.coordinates(
                                coordinate.substring(0, dot), coordinate.substring(dot + 1)));
        if (field == null) {
            throw new IllegalArgumentException("no GraphQL field " + coordinate + " in the schema");
        }
        return field;
    }
}
