package dev.strata.web;

import dev.strata.capability.Capability;
import dev.strata.consumer.Consumer;
import dev.strata.layer.Layer;
import dev.strata.model.NodeKind;
import dev.strata.platform.Platform;
import dev.strata.team.Team;
import dev.strata.valuestream.ValueStream;
import graphql.schema.FieldCoordinates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Spring for GraphQL's check that every schema field has something to answer it, made useful. Boot's own report, an
 * INFO block on every start, listed false alarms: the analytics reach node types through methods declared to return
 * the {@code LandscapeNode} interface, and the inspector then sees only a key and a name (a class mapping does not
 * change that). Here a field of a node type counts as answered when the node's record has a component of its name,
 * so the report is empty on a sound schema; a real gap is a WARN naming the fields, and
 * {@code GraphQlSchemaInspectionIT} keeps the report empty.
 */
@Component
class GraphQlSchemaInspection implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(GraphQlSchemaInspection.class);

    private static final Map<NodeKind, Class<?>> NODE_CLASSES = Map.of(
            NodeKind.CAPABILITY, Capability.class,
            NodeKind.PLATFORM, Platform.class,
            NodeKind.TEAM, Team.class,
            NodeKind.CONSUMER, Consumer.class,
            NodeKind.VALUE_STREAM, ValueStream.class,
            NodeKind.LAYER, Layer.class);

    private final AtomicReference<@Nullable SchemaReport> report = new AtomicReference<>();

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(this::reported);
    }

    private void reported(SchemaReport found) {
        report.set(found);
        List<String> gaps = gaps(found);
        if (!gaps.isEmpty()) {
            log.warn(
                    "GraphQL schema fields that nothing answers (they would always be null): {}. Add a @SchemaMapping"
                            + " or a property of that name to the Java type, or remove the field.",
                    gaps);
        }
    }

    /**
     * Fields and arguments nothing answers. Where a node type is first met through a method declared to return the
     * {@code LandscapeNode} interface, the inspector takes the interface's properties for the type's; such a field is
     * a gap only when the node's record has no component of that name either.
     */
    static List<String> gaps(SchemaReport report) {
        List<String> gaps = new ArrayList<>();
        for (FieldCoordinates field : report.unmappedFields()) {
            if (!answeredByNodeRecord(field)) {
                gaps.add(field.toString());
            }
        }
        report.unmappedArguments().forEach((argument, names) -> gaps.add(argument + " arguments " + names));
        report.unmappedRegistrations().keySet().forEach(field -> gaps.add(field + " (registered, not in the schema)"));
        return gaps;
    }

    private static boolean answeredByNodeRecord(FieldCoordinates field) {
        return NODE_CLASSES.entrySet().stream()
                .filter(node -> node.getKey().label().equals(field.getTypeName()))
                .map(Map.Entry::getValue)
                .filter(Class::isRecord)
                .flatMap(type -> Arrays.stream(type.getRecordComponents()))
                .anyMatch(component -> component.getName().equals(field.getFieldName()));
    }

    /** The report of the schema this application serves; null before the schema is built. */
    @Nullable
    SchemaReport report() {
        return report.get();
    }
}
