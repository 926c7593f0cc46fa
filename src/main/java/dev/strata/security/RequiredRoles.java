package dev.strata.security;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that says which role a GraphQL field needs, read from the schema: the {@code @requiresRole} directive
 * on the field, else {@code VIEWER} for a {@code Query} field and {@code EDITOR} for a {@code Mutation} field. The
 * directive can only raise that default, so a new mutation is at least an editor's without anyone remembering it, and
 * a field that needs more says so where it is declared. Fields of other types need nothing beyond their parent's role
 * unless they carry the directive.
 */
public final class RequiredRoles {

    /** Name of the schema directive. */
    public static final String DIRECTIVE = "requiresRole";

    private RequiredRoles() {}

    /**
     * The role {@code field} of {@code parent} needs, or empty when it needs nothing beyond the role that let the
     * caller reach its parent.
     */
    public static Optional<Role> of(GraphQLSchema schema, GraphQLObjectType parent, GraphQLFieldDefinition field) {
        Role baseline = parent == schema.getMutationType()
                ? Role.EDITOR
                : parent == schema.getQueryType() || parent == schema.getSubscriptionType() ? Role.VIEWER : null;
        Optional<Role> declared = declared(field);
        if (declared.isEmpty()) {
            return Optional.ofNullable(baseline);
        }
        return Optional.of(baseline == null ? declared.get() : higher(baseline, declared.get()));
    }

    /** The role a field's {@code @requiresRole} directive names, or empty without the directive. */
    public static Optional<Role> declared(GraphQLFieldDefinition field) {
        List<GraphQLAppliedDirective> directives = field.getAppliedDirectives(DIRECTIVE);
        return directives.isEmpty() ? Optional.empty() : Optional.of(strictest(directives));
    }

    public static Role higher(Role a, Role b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Every problem with the role metadata of {@code schema}: the directive missing from the schema, a directive
     * naming no role Strata knows, or a mutation whose role cannot be determined. Empty when all is well.
     */
    public static List<String> problems(GraphQLSchema schema) {
        List<String> problems = new ArrayList<>();
        if (schema.getDirective(DIRECTIVE) == null) {
            problems.add(
                    "the schema does not declare the @" + DIRECTIVE + " directive, so no field can require a role");
        }
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                try {
                    declared(field);
                } catch (IllegalStateException e) {
                    problems.add(type.getName() + "." + field.getName() + ": " + e.getMessage());
                }
            }
        }
        if (schema.getMutationType() != null) {
            for (GraphQLFieldDefinition mutation : schema.getMutationType().getFieldDefinitions()) {
                Optional<Role> role;
                try {
                    role = of(schema, schema.getMutationType(), mutation);
                } catch (IllegalStateException e) {
                    continue; // reported above
                }
                if (role.isEmpty() || role.get().ordinal() < Role.EDITOR.ordinal()) {
                    problems.add("Mutation." + mutation.getName()
                            + ": its role could not be determined as editor or higher");
                }
            }
        }
        return problems;
    }

    private static Role strictest(List<GraphQLAppliedDirective> directives) {
        Role strictest = Role.VIEWER;
        for (GraphQLAppliedDirective directive : directives) {
            GraphQLAppliedDirectiveArgument argument = directive.getArgument("role");
            Object value = argument == null ? null : argument.getValue();
            if (value == null) {
                throw new IllegalStateException("@" + DIRECTIVE + " without a role");
            }
            String name = value instanceof Enum<?> constant ? constant.name() : value.toString();
            Role role;
            try {
                role = Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("@" + DIRECTIVE + " names the unknown role '" + name + "'", e);
            }
            strictest = higher(strictest, role);
        }
        return strictest;
    }
}
