package dev.strata.model;

/** The kinds of landscape nodes a snapshot holds, with the Neo4j label each one is stored under. */
public enum NodeKind {
    CAPABILITY("Capability"),
    PLATFORM("Platform"),
    CONSUMER("Consumer"),
    TEAM("Team"),
    VALUE_STREAM("ValueStream"),
    LAYER("Layer");

    private static final NodeKind[] VALUES = values();

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    /** The Neo4j label, e.g. {@code Capability}. */
    public String label() {
        return label;
    }

    static NodeKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
