package dev.strata.graphql;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ordering of a list, as Cypher parameters: the list queries sort on {@code $orderField} and {@code $descending}
 * instead of splicing a property name into the query text.
 */
public record EntityOrder(Field field, Direction direction) {

    public enum Field {
        KEY,
        NAME,
        CREATED_AT,
        UPDATED_AT
    }

    public enum Direction {
        ASC,
        DESC
    }

    public static final EntityOrder BY_KEY = new EntityOrder(Field.KEY, Direction.ASC);

    public static EntityOrder orDefault(@Nullable EntityOrder order) {
        return order == null ? BY_KEY : order;
    }

    public Map<String, Object> parameters() {
        return Map.of("orderField", field.name(), "descending", direction == Direction.DESC);
    }
}
