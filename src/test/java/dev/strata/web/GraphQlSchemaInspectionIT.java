package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Every field of the served schema has something to answer it: a data fetcher, a controller method, or a property of
 * the Java type the inspector resolves (told the node types' records by {@link GraphQlSchemaInspection}). A field
 * added to a {@code .graphqls} file without anything behind it would always answer null; this fails instead.
 */
class GraphQlSchemaInspectionIT extends StrataIntegrationTest {

    @Autowired
    GraphQlSchemaInspection inspection;

    @Test
    void theSchemaHasNoFieldOrArgumentThatNothingAnswers() {
        SchemaReport report = inspection.report();
        assertThat(report).as("the schema was inspected at start").isNotNull();
        assertThat(GraphQlSchemaInspection.gaps(report))
                .as("fields and arguments nothing answers, data fetchers for fields the schema lacks")
                .isEmpty();
    }
}
