package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.SchemaFiles;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every mutation of the schema answers with a payload that implements {@code MutationPayload}, so each client (and
 * the audit trail) finds expected failures in the same {@code errors} field. {@code ping} is the one exception: it
 * exists only so every domain file can extend {@code Mutation}.
 */
class MutationContractTest {

    @Test
    void everyMutationReturnsAPayloadWithErrors() throws IOException {
        TypeDefinitionRegistry registry = SchemaFiles.registry();
        List<FieldDefinition> mutations = new ArrayList<>(registry.getType("Mutation", ObjectTypeDefinition.class)
                .orElseThrow()
                .getFieldDefinitions());
        registry.objectTypeExtensions()
                .getOrDefault("Mutation", List.of())
                .forEach(extension -> mutations.addAll(extension.getFieldDefinitions()));
        assertThat(mutations).hasSizeGreaterThan(25);
        for (FieldDefinition mutation : mutations) {
            if (mutation.getName().equals("ping")) {
                continue;
            }
            String payload = typeName(mutation.getType());
            ObjectTypeDefinition type =
                    registry.getType(payload, ObjectTypeDefinition.class).orElseThrow();
            assertThat(type.getImplements())
                    .as(mutation.getName() + " returns " + payload)
                    .extracting(t -> ((TypeName) t).getName())
                    .contains("MutationPayload");
            assertThat(mutation.getType())
                    .as(mutation.getName() + " is non-null")
                    .isInstanceOf(NonNullType.class);
        }
    }

    private static String typeName(Type<?> type) {
        return switch (type) {
            case NonNullType nonNull -> typeName(nonNull.getType());
            case ListType list -> typeName(list.getType());
            case TypeName name -> name.getName();
            default -> throw new IllegalStateException(type.toString());
        };
    }
}
