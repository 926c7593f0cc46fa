package dev.strata.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The HTTP side of security: stateless, bearer tokens only (API tokens, and OIDC JWTs when
 * {@code spring.security.oauth2.resourceserver.jwt.*} is configured). {@code /graphql} is open at the HTTP level
 * because every GraphQL operation is authorised by {@link GraphQlAuthorization}, which answers in GraphQL's format.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** Where landscape archives are uploaded ({@code dev.strata.ingest.bulk}). */
    private static final String UPLOADS = "/api/landscape/uploads/**";

    private static final RequestMatcher UPLOADS_MATCHER =
            PathPatternRequestMatcher.withDefaults().matcher(UPLOADS);
    private static final String MCP_PATH = "/mcp";
    /** The landscape as a zip archive ({@code dev.strata.ingest}): what a query may read, so any Strata role. */
    private static final String EXPORT_PATH = "/api/landscape/export";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ApiTokens tokens, ObjectProvider<JwtDecoder> jwtDecoder, SecurityProperties properties)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        // Landscape uploads stream up to a gigabyte to disk: only editors may send one.
                        .requestMatchers(UPLOADS)
                        .hasRole(Role.EDITOR.name())
                        // MCP (dev.strata.mcp) has only read tools and the export only reads: any Strata role may call
                        // them (anybody with anonymous read), nobody else, so a refused call runs nothing.
                        .requestMatchers(MCP_PATH, EXPORT_PATH)
                        .access((authentication, context) -> new AuthorizationDecision(
                                properties.anonymousRead() || hasViewerRole(authentication.get())))
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            JsonErrors.write(
                                    response,
                                    HttpServletResponse.SC_UNAUTHORIZED,
                                    "authentication required: send Authorization: Bearer <token>");
                        })
                        .accessDeniedHandler((request, response, e) -> JsonErrors.write(
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                MCP_PATH.equals(request.getServletPath())
                                        ? "forbidden: MCP needs a token with a Strata role (viewer or higher)"
                                        : EXPORT_PATH.equals(request.getServletPath())
                                                ? "forbidden: the export needs a token with a Strata role (viewer or higher)"
                                                : UPLOADS_MATCHER.matches(request)
                                                        ? "forbidden: this needs the editor role"
                                                        : "forbidden: this needs the admin role")))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BearerTokenAuthenticationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            // Strata API tokens are ours; only other bearer tokens are JWTs for the resource server to decode.
            DefaultBearerTokenResolver jwtsOnly = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server.bearerTokenResolver(request -> {
                        String token = jwtsOnly.resolve(request);
                        return token == null || token.startsWith(ApiTokens.PREFIX) ? null : token;
                    })
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtRoles(properties))));
            log.info("OIDC JWT authentication enabled (roles from claim '{}')", properties.jwtRolesClaim());
        }
        return http.build();
    }

    private static boolean hasViewerRole(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> Role.VIEWER.authority().equals(authority.getAuthority()));
    }

    /** Roles from the configured claim (a list or a space-separated string of viewer/editor/admin); the highest wins. */
    static Converter<Jwt, AbstractAuthenticationToken> jwtRoles(SecurityProperties properties) {
        return jwt -> {
            Object claim = jwt.getClaims().get(properties.jwtRolesClaim());
            List<String> names = claim instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : claim instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
            Role highest = null;
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equalsIgnoreCase(name.strip())
                            && (highest == null || role.ordinal() > highest.ordinal())) {
                        highest = role;
                    }
                }
            }
            List<GrantedAuthority> authorities = highest == null ? List.of() : highest.authorities();
            String principal = jwt.getClaimAsString(properties.jwtPrincipalClaim());
            return new JwtAuthenticationToken(jwt, authorities, principal == null ? jwt.getSubject() : principal);
        };
    }
}
