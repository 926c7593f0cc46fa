package dev.strata.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a GraphQL-shaped error body, so clients see the same error format before and inside GraphQL execution. */
final class JsonErrors {

    private JsonErrors() {}

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter()
                .write("{\"errors\":[{\"message\":\"" + escaped + "\",\"extensions\":{\"classification\":\""
                        + (status == 401
                                ? "UNAUTHORIZED"
                                : status == 403 ? "FORBIDDEN" : status == 413 ? "BAD_REQUEST" : "INTERNAL_ERROR")
                        + "\"}}]}");
    }
}
