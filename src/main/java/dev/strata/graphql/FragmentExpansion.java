package dev.strata.graphql;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How many field selections a document becomes when every fragment spread is replaced by its fragment, counted in
 * linear time (each fragment once, memoised) and saturating at a cap, so a fragment bomb is measured without being
 * expanded.
 */
final class FragmentExpansion {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();
    private final long cap;

    private FragmentExpansion(Document document, long cap) {
        this.cap = cap;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
    }

    /** Field selections of all operations of {@code document}, fragments expanded; at most {@code cap}. */
    static long fieldsOf(Document document, long cap) {
        FragmentExpansion expansion = new FragmentExpansion(document, cap);
        long total = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                total = Math.min(cap, total + expansion.size(operation.getSelectionSet()));
            }
        }
        return total;
    }

    private long size(@Nullable SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        long size = 0;
        for (Selection<?> selection : selections.getSelections()) {
            long part = switch (selection) {
                case Field field -> 1 + size(field.getSelectionSet());
                case InlineFragment inline -> size(inline.getSelectionSet());
                case FragmentSpread spread -> fragment(spread.getName());
                default -> 0;
            };
            size = Math.min(cap, size + part);
        }
        return size;
    }

    private long fragment(String name) {
        Long known = sizes.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !visiting.add(name)) {
            return 0; // unknown fragments and cycles are validation errors of their own
        }
        long size = size(definition.getSelectionSet());
        visiting.remove(name);
        sizes.put(name, size);
        return size;
    }
}
