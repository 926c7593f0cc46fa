package dev.strata.mcp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Origin check the MCP specification asks of Streamable HTTP servers: a web page the user opens must not reach
 * the tools through a DNS name rebound to this machine (its requests carry that page's Origin, and the bearer token
 * is not needed while anonymous reads are on). Requests without an Origin (every non-browser client) pass; with one,
 * it must be a loopback origin or one of {@code strata.mcp.allowed-origins}.
 */
final class McpOriginFilter extends OncePerRequestFilter {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> allowedOrigins;

    McpOriginFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || allowed(origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream()
                .write(("origin not allowed: " + origin + " may not call /mcp; add it to"
                                + " strata.mcp.allowed-origins if a web page of yours should")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private boolean allowed(String origin) {
        if (allowedOrigins.contains(origin)) {
            return true;
        }
        try {
            String host = URI.create(origin).getHost();
            return host != null && LOOPBACK.contains(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
