package dev.strata.graphql;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cost of an operation, computed over what the executor will run (graphql-java's normalized operation: fragments
 * merged, {@code @skip}/{@code @include} applied, each alias its own field), in the manner of GitHub's and Shopify's
 * public APIs: a field costs its weight (1, or what its {@code @cost} directive says) plus what it selects, times its
 * page size ({@code first}, 20 when omitted) when it is paginated or {@value RequestLimits#UNPAGED_LIST_ESTIMATE} when
 * it is an unpaginated list. Sums saturate just above the budget, so no query can overflow its way under it.
 */
final class QueryCost {

    /** Where sums stop growing: far above any budget, far below where a long overflows. */
    static final long SATURATION = Long.MAX_VALUE / 4;
    /** Name of the schema directive that gives a field its weight. */
    static final String DIRECTIVE = "cost";
    /** Fields weighing this much or more are heavy: {@link HeavyFieldGate} admits only a few at a time. */
    static final int HEAVY_WEIGHT = 1_000;

    private QueryCost() {}

    /** The operation's cost (at most {@link #SATURATION}) and its most expensive top-level fields. */
    static Result of(GraphQLSchema schema, ExecutableNormalizedOperation operation) {
        long cap = SATURATION;
        long total = 0;
        List<Part> parts = new ArrayList<>();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            long cost = cost(schema, field, cap);
            parts.add(new Part(
                    field.getResultKey().equals(field.getName())
                            ? field.getName()
                            : field.getResultKey() + ": " + field.getName(),
                    cost));
            total = Math.min(cap, total + cost);
        }
        parts.sort(Comparator.comparingLong(Part::cost).reversed());
        return new Result(total, parts.subList(0, Math.min(3, parts.size())));
    }

    /** The {@code @cost} weight of a field, 1 without the directive. */
    static int weight(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective directive = field.getAppliedDirective(DIRECTIVE);
        GraphQLAppliedDirectiveArgument weight = directive == null ? null : directive.getArgument("weight");
        return weight != null && weight.getValue() instanceof Integer points ? Math.max(points, 1) : 1;
    }

    private static long cost(GraphQLSchema schema, ExecutableNormalizedField field, long cap) {
        if (field.getName().equals("__typename")) {
            return 0;
        }
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        long weight = definitions.stream().mapToLong(QueryCost::weight).max().orElse(1);
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = Math.min(cap, children + cost(schema, child, cap));
        }
        long multiplier = definitions.isEmpty() ? 1 : multiplier(field, definitions.getFirst());
        long selected = multiplier != 0 && children > cap / multiplier ? cap : multiplier * children;
        return Math.min(cap, weight + selected);
    }

    private static long multiplier(ExecutableNormalizedField field, GraphQLFieldDefinition definition) {
        Object first = field.getResolvedArguments().get("first");
        if (first instanceof Integer size) {
            return Math.max(size, 1);
        }
        if (definition.getArgument("first") != null) {
            return Paging.DEFAULT_PAGE_SIZE;
        }
        boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()));
        if (list && field.getName().equals("items") && pageSizeOfParentInput(field) instanceof Integer size) {
            return Math.max(size, 1); // blastRadius(input: {first: 1000}) { items }: a page of that size
        }
        return list && !field.getName().equals("nodes") && !field.getName().equals("edges")
                ? RequestLimits.UNPAGED_LIST_ESTIMATE
                : 1;
    }

    /** The page size of items paged through their parent's input object ({@code input: {first: ...}}), if any. */
    private static @Nullable Object pageSizeOfParentInput(ExecutableNormalizedField field) {
        ExecutableNormalizedField parent = field.getParent();
        return parent != null && parent.getResolvedArguments().get("input") instanceof Map<?, ?> input
                ? input.get("first")
                : null;
    }

    /** A top-level field and what it costs. */
    record Part(String field, long cost) {}

    /** What an operation costs, and the top-level fields that cost most. */
    record Result(long total, List<Part> heaviest) {}
}
