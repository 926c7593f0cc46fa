/**
 * The landscape model, stated once: the node kinds with their fields and validation rules, the relationship types
 * between them, and the enumerations (lifecycle, team type, interaction mode, consumer and value-stream kinds). Every
 * other package imports it; it imports nothing of Strata and nothing of Spring or Neo4j.
 */
@NullMarked
package dev.strata.model;

import org.jspecify.annotations.NullMarked;
