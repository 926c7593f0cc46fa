/**
 * The GraphQL mutations that edit one node at a time ({@code createCapability}, {@code addDependency}, ...),
 * generated from the model rather than written per entity, and run by the one landscape writer. Depends on the model,
 * the store, the GraphQL plumbing and security (for the caller); nothing depends on it.
 */
@NullMarked
package dev.strata.edit;

import org.jspecify.annotations.NullMarked;
