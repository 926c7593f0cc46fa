/**
 * Layers of the platform stack (ranked from the bottom, or cross-cutting): reading them, in rank order, and the
 * {@code Layer} GraphQL type with its platforms.
 */
@NullMarked
package dev.strata.layer;

import org.jspecify.annotations.NullMarked;
