/**
 * Who may do what: API tokens (stored hashed) and OIDC JWTs authenticate; roles viewer, editor and admin authorise.
 * Queries need the viewer role (or anonymous read, when enabled), mutations the editor role, and fields that need more
 * say so in the schema with {@code @requiresRole}. Checked twice, before execution over every field the operation would
 * run and again as each field is fetched; never sprinkled through controllers.
 */
@NullMarked
package dev.strata.security;

import org.jspecify.annotations.NullMarked;
