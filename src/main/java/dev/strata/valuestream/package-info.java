/**
 * Value streams, business or enabling, that teams align to: reading them and the {@code ValueStream} GraphQL type.
 * Also resolves {@code Team.valueStream}.
 */
@NullMarked
package dev.strata.valuestream;

import org.jspecify.annotations.NullMarked;
