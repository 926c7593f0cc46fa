package dev.strata.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param anonymousRead       let requests without credentials run queries (never mutations); off unless enabled
 * @param bootstrapAdminToken an admin token accepted from configuration (environment), to create the first API tokens;
 *                            must start with {@code strata_} and be at least 32 characters
 * @param jwtRolesClaim       JWT claim holding Strata roles (viewer, editor, admin), for OIDC tokens
 * @param jwtPrincipalClaim   JWT claim naming the person, recorded in the audit trail
 */
@ConfigurationProperties("strata.security")
public record SecurityProperties(
        @DefaultValue("false") boolean anonymousRead,
        @Nullable String bootstrapAdminToken,
        @DefaultValue("roles") String jwtRolesClaim,
        @DefaultValue("sub") String jwtPrincipalClaim) {}
