package dev.strata.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer strata_...} API tokens. Other bearer tokens pass on to the JWT resource
 * server (when configured); a Strata token that is unknown or revoked is refused here with 401.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    ApiTokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !header.substring(7).strip().startsWith(ApiTokens.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.TokenPrincipal> principal;
        try {
            principal = tokens.authenticate(header.substring(7).strip());
        } catch (RuntimeException databaseDown) {
            JsonErrors.write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "database unavailable: the API token could not be checked; retry shortly");
            return;
        }
        if (principal.isEmpty()) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid or revoked API token");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.get().name(), null, principal.get().role().authorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
