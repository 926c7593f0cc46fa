package dev.strata.analytics.api;

import dev.strata.graphql.LandscapeNode;
import dev.strata.graphql.NodeResolver;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The node fields of analytics results, resolved a batch at a time: every {@code @BatchMapping} of the API hands its
 * parents here, which collects their node references and asks {@link NodeResolver} once per node kind, so a result
 * with a hundred rows costs the same few statements as one with a single row.
 */
@Component
class NodeBatches {

    private final NodeResolver resolver;

    NodeBatches(NodeResolver resolver) {
        this.resolver = resolver;
    }

    /** One node per parent; parents whose reference is null (or names a node that is gone) map to nothing. */
    <P> Map<P, LandscapeNode> one(Collection<P> parents, Function<P, @Nullable NodeRef> ref) {
        Set<NodeRef> refs = new LinkedHashSet<>();
        for (P parent : parents) {
            NodeRef node = ref.apply(parent);
            if (node != null) {
                refs.add(node);
            }
        }
        Map<NodeRef, LandscapeNode> found = resolver.find(refs);
        Map<P, LandscapeNode> result = new LinkedHashMap<>();
        for (P parent : parents) {
            NodeRef node = ref.apply(parent);
            LandscapeNode entity = node == null ? null : found.get(node);
            if (entity != null) {
                result.put(parent, entity);
            }
        }
        return result;
    }

    /** A list of nodes per parent, in the order of its references (nodes that are gone are left out). */
    <P> Map<P, List<LandscapeNode>> many(Collection<P> parents, Function<P, List<NodeRef>> refs) {
        Set<NodeRef> all = new LinkedHashSet<>();
        for (P parent : parents) {
            all.addAll(refs.apply(parent));
        }
        Map<NodeRef, LandscapeNode> found = resolver.find(all);
        Map<P, List<LandscapeNode>> result = new LinkedHashMap<>();
        for (P parent : parents) {
            List<LandscapeNode> nodes = new ArrayList<>();
            for (NodeRef node : refs.apply(parent)) {
                LandscapeNode entity = found.get(node);
                if (entity != null) {
                    nodes.add(entity);
                }
            }
            result.put(parent, nodes);
        }
        return result;
    }

    /** References of one kind to the given keys. */
    static List<NodeRef> refs(NodeKind kind, List<String> keys) {
        return keys.stream().map(key -> new NodeRef(kind, key)).toList();
    }

    /** A reference of the given kind, or null for a null key. */
    static @Nullable NodeRef ref(NodeKind kind, @Nullable String key) {
        return key == null ? null : new NodeRef(kind, key);
    }
}
