package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import dev.strata.ingest.LandscapeParser.Origin;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.ingest.LandscapeParser.Reference;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The landscape a {@link CatalogMapping} builds: nodes with where each was declared, relationships without
 * duplicates, names and labels fitted to the model's limits (a cut is a finding), and at the end the native documents
 * found beside the catalog.
 */
final class CatalogDeclaration {

    private final Findings findings;
    private final Landscape landscape = new Landscape();
    private final Map<NodeRef, Origin> origins = new LinkedHashMap<>();

    CatalogDeclaration(Findings findings) {
        this.findings = findings;
    }

    Landscape landscape() {
        return landscape;
    }

    Map<NodeRef, Origin> origins() {
        return origins;
    }

    boolean declares(NodeRef node) {
        return landscape.nodes().containsKey(node);
    }

    /** The name of a node already declared. */
    String name(NodeRef node) {
        return String.valueOf(landscape.nodes().get(node).properties().get("name"));
    }

    /** A node with the model's defaults for what its properties leave out. */
    void put(NodeRef node, Map<String, Object> properties, Origin origin) {
        node.kind().applyDefaults(properties);
        landscape.put(new Node(node, properties));
        origins.put(node, origin);
    }

    void edge(EdgeType type, NodeRef from, NodeRef to, Entity declaredBy, Map<String, Object> extra) {
        EdgeId id = new EdgeId(type, from, to);
        if (!landscape.edges().containsKey(id)) {
            Map<String, Object> properties = new LinkedHashMap<>(extra);
            properties.put("sourceFile", declaredBy.file());
            landscape.put(new Edge(id, properties));
        }
    }

    /** Name, description, source and entity ref of a node, fitted to the model's limits. */
    Map<String, Object> common(Entity entity) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Values.Fitted name = Values.fit(entity.displayName(), false);
        properties.put("name", name == null ? entity.name() : name.text());
        Values.Fitted description = Values.fit(entity.description(), true);
        if (description != null) {
            properties.put("description", description.text());
        }
        if ((name != null && name.shortened()) || (description != null && description.shortened())) {
            findings.add(
                    Category.SHORTENED,
                    entity,
                    "",
                    "text",
                    entity.ref() + ": its title or description is" + " longer than the model allows and was cut");
        }
        properties.put("sourceFile", entity.file());
        properties.put("entityRef", entity.ref().toString());
        return properties;
    }

    /** {@code metadata.labels} as the model's {@code name=value} labels. */
    static Map<String, String> labels(Entity entity) {
        Map<String, String> labels = new TreeMap<>();
        if (entity.metadata().get("labels") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> {
                if (value instanceof String text) {
                    labels.put(String.valueOf(name), text);
                }
            });
        }
        return labels;
    }

    static void label(Map<String, String> labels, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            labels.put(name, value);
        }
    }

    void put(Entity entity, NodeRef node, Map<String, Object> properties, Map<String, String> labels) {
        List<String> list = new ArrayList<>();
        labels.forEach((name, value) -> {
            Values.Fitted label = Values.fit(name + "=" + value, false);
            if (label != null && label.shortened()) {
                findings.add(
                        Category.SHORTENED,
                        entity,
                        "metadata.labels",
                        "label",
                        entity.ref() + " label " + name + " is longer than the model allows and was cut");
            }
            if (label != null) {
                list.add(label.text());
            }
        });
        if (!list.isEmpty()) {
            properties.put("labels", list);
        }
        put(node, properties, new Origin(entity.file(), entity.line()));
    }

    /** Native documents beside the catalog join the declaration; a node both declare is a problem. */
    void merge(Parsed natives, List<Problem> problems, List<Reference> references) {
        problems.addAll(natives.problems());
        references.addAll(natives.references());
        natives.origins().forEach((id, origin) -> {
            Origin mapped = origins.get(id);
            if (mapped != null) {
                problems.add(new Problem(
                        Code.DUPLICATE_KEY,
                        origin.file(),
                        origin.line(),
                        "metadata.key",
                        "duplicate key: " + id.display() + " is also created by the Backstage import (" + mapped.file()
                                + ":" + mapped.line() + ")"));
            } else {
                origins.put(id, origin);
            }
        });
        natives.declared().nodes().values().forEach(node -> {
            if (!landscape.nodes().containsKey(node.id())) {
                landscape.put(node);
            }
        });
        natives.declared().edges().values().forEach(landscape::put);
    }
}
