/**
 * Backstage catalogs as they are: reading descriptors (a folder, Location files followed through relative paths and
 * globs, or a running Backstage's catalog REST API), mapping every entity kind and relation onto the landscape model
 * by the documented rules of {@code src/docs/backstage.md}, and accounting for every entity (mapped, merged into
 * another node, or skipped with the reason). The result is a declaration the landscape service validates, plans
 * and applies like native files; every problem and warning points at the descriptor's own file and line. Reading
 * and mapping are plain Java (the CLI runs them offline); {@link dev.strata.backstage.BackstageService} and its
 * controller are the server's entry points.
 */
@NullMarked
package dev.strata.backstage;

import org.jspecify.annotations.NullMarked;
