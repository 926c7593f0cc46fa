package dev.strata.graphql;

/** The input of every delete mutation: the key of the entity to delete. */
public record KeyInput(String key) {
}
