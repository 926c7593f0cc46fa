/**
 * Who may do what: API tokens (stored hashed) and OIDC JWTs authenticate; roles viewer, editor and admin authorise.
 * Queries need the viewer role (or anonymous read, when enabled), mutations the editor role, token management the
 * admin role. Wired by configuration and a GraphQL instrumentation, not sprinkled through controllers.
 */
@NullMarked
package dev.strata.security;

import org.jspecify.annotations.NullMarked;
