package dev.strata.testsupport;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The application's GraphQL schema files (graphql-schema/*.graphqls) as one type registry, for schema-level tests. */
public final class SchemaFiles {

    private SchemaFiles() {}

    public static TypeDefinitionRegistry registry() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls"))
                    .sorted()
                    .toList()) {
                types.merge(new SchemaParser().parse(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    /** The schema of the files, executable with no data fetchers: for what the schema itself says (directives). */
    public static GraphQLSchema schema() {
        return new SchemaGenerator()
                .makeExecutableSchema(
                        registry(),
                        RuntimeWiring.newRuntimeWiring()
                                .wiringFactory(new MockedWiringFactory())
                                .build());
    }
}
