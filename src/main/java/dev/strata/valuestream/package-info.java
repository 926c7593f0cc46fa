/**
 * Value streams, business or enabling, that teams align to: reading them and the {@code ValueStream} GraphQL type.
 * Its repository also finds the value streams of teams, for {@code Team.valueStream}.
 */
@NullMarked
package dev.strata.valuestream;

import org.jspecify.annotations.NullMarked;
