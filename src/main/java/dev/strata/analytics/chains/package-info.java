/**
 * Structure of the {@code DEPENDS_ON} graph: dependency chains from a consumer, platform or capability down to the
 * capabilities that need nothing else ({@link dev.strata.analytics.chains.DependencyChains}), dependencies that
 * point up the layer stack ({@link dev.strata.analytics.chains.LayerViolations}) and dependency cycles
 * ({@link dev.strata.analytics.chains.Cycles}). Reference semantics: {@code cypher/analytics/}; documentation:
 * {@code src/docs/analytics/}.
 */
@NullMarked
package dev.strata.analytics.chains;

import org.jspecify.annotations.NullMarked;
