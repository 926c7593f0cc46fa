/**
 * Teams (Team Topologies types and sizes): who owns platforms and consumers, and which value stream they serve.
 * Also resolves {@code ValueStream.teams}, as teams know their value stream and not the other way round.
 */
@NullMarked
package dev.strata.team;

import org.jspecify.annotations.NullMarked;
