package dev.strata.ingest;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, remembering what it answered for each plain scalar. For every scalar it writes, the
 * serializer asks which tag the text would resolve to when read back (to know whether it must be quoted), and the
 * stock resolver answers by running regular expressions: a quarter of rendering 100,000 documents in the profile of
 * {@code strata export} at scale M. The answer depends on the text alone, and most texts repeat (field names,
 * enumeration values, tiers, dates), so a lookup answers the same. Only texts whose first character has expressions
 * are remembered (keys and names mostly have none), at most {@link #LIMIT} of them.
 */
final class ExportResolver extends Resolver {

    static final int LIMIT = 100_000;

    private final Map<String, Tag> implicitScalars = new HashMap<>();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || !yamlImplicitResolvers.containsKey(first(value))) {
            // No regular expression to run: the stock answer is a lookup by the first character already.
            return super.resolve(kind, value, implicit);
        }
        Tag tag = implicitScalars.get(value);
        if (tag == null) {
            tag = super.resolve(kind, value, implicit);
            if (implicitScalars.size() < LIMIT) {
                implicitScalars.put(value, tag);
            }
        }
        return tag;
    }

    /** The character the stock resolver picks its expressions by. */
    private static char first(String value) {
        return value.isEmpty() ? '\0' : value.charAt(0);
    }
}
