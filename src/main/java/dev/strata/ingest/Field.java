package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a document's {@code spec}: its YAML name, type and constraints, and either the node property it is
 * stored in or the relationship it declares.
 *
 * @param name     the YAML name (and the node property for value fields)
 * @param type     what the YAML value must be
 * @param required whether a document without it is a problem
 * @param values   allowed values of an {@link Type#ENUM}
 * @param min      lowest number allowed, or null
 * @param max      highest number allowed, or null
 * @param target   the node kind a reference names
 * @param edge     the relationship a reference declares
 * @param outgoing whether the declaring node is the relationship's source ({@code false}: its target, e.g. OWNS)
 */
record Field(String name, Type type, boolean required, List<String> values, @Nullable Double min, @Nullable Double max,
             @Nullable NodeKind target, @Nullable EdgeType edge, boolean outgoing) {

    enum Type { STRING, INT, FLOAT, BOOL, DATE, ENUM, REF, REFS, CONSUMES }

    static Field string(String name) {
        return new Field(name, Type.STRING, false, List.of(), null, null, null, null, true);
    }

    static Field integer(String name, boolean required, double min, double max) {
        return new Field(name, Type.INT, required, List.of(), min, max, null, null, true);
    }

    static Field decimal(String name, double min, double max) {
        return new Field(name, Type.FLOAT, false, List.of(), min, max, null, null, true);
    }

    static Field bool(String name) {
        return new Field(name, Type.BOOL, false, List.of(), null, null, null, null, true);
    }

    static Field date(String name) {
        return new Field(name, Type.DATE, false, List.of(), null, null, null, null, true);
    }

    static Field enumeration(String name, boolean required, String... values) {
        return new Field(name, Type.ENUM, required, List.of(values), null, null, null, null, true);
    }

    static Field ref(String name, boolean required, NodeKind target, EdgeType edge, boolean outgoing) {
        return new Field(name, Type.REF, required, List.of(), null, null, target, edge, outgoing);
    }

    static Field refs(String name, NodeKind target, EdgeType edge) {
        return new Field(name, Type.REFS, false, List.of(), null, null, target, edge, true);
    }

    static Field consumes(String name) {
        return new Field(name, Type.CONSUMES, false, List.of(), null, null, NodeKind.CAPABILITY, EdgeType.CONSUMES,
                true);
    }

    boolean isProperty() {
        return edge == null;
    }
}
