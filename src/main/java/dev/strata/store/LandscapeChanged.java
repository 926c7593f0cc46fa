package dev.strata.store;

import dev.strata.audit.Actor;
import dev.strata.model.LandscapeDiff;
import java.time.Instant;

/**
 * Published after a landscape change has been committed: the version it produced, what changed, who and when.
 * Listeners (the analytics snapshot, history) must not assume they see every version: writes made outside Strata
 * (Neo4j Browser, another instance) produce none.
 */
public record LandscapeChanged(long version, LandscapeDiff diff, Actor actor, String operation, Instant at) {}
