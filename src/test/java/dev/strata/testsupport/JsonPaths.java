package dev.strata.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Collects the values at a path such as {@code platforms.nodes[*].owner.key} of a GraphQL response, in order. */
public final class JsonPaths {

    private JsonPaths() {}

    public static List<String> strings(ClientGraphQlResponse response, String path) {
        List<Object> current = new ArrayList<>();
        current.add(response.getData());
        for (String segment : path.split("\\.")) {
            boolean all = segment.endsWith("[*]");
            String name = all ? segment.substring(0, segment.length() - 3) : segment;
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                Object child = value instanceof Map<?, ?> map ? map.get(name) : null;
                if (all && child instanceof List<?> list) {
                    next.addAll(list);
                } else if (child != null) {
                    next.add(child);
                }
            }
            current = next;
        }
        return current.stream().map(String::valueOf).toList();
    }
}
