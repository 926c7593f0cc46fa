package dev.strata.mcp;

import static dev.strata.mcp.McpClients.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testsupport.StrataIntegrationTest;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Tokens and roles on {@code /mcp} with anonymous reads off (as on a shared server): no token or an unknown token is
 * refused at HTTP before the MCP server sees the request, so nothing runs; a viewer token may call the tools.
 */
@TestPropertySource(properties = "strata.security.anonymous-read=false")
class McpSecurityIT extends StrataIntegrationTest {

    private static final String TOOL_CALL = """
            {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"find_nodes","arguments":{"text":"oracle"}}}""";

    @AfterEach
    void removeTokens() {
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
    }

    @Test
    void withoutATokenOrWithAnUnknownTokenTheClientCannotEvenInitialize() {
        try (McpSyncClient anonymous = McpClients.connect(port, null)) {
            assertThatThrownBy(anonymous::initialize)
                    .hasStackTraceContaining(McpHttpClientTransportAuthorizationException.class.getSimpleName());
        }
        try (McpSyncClient forged = McpClients.connect(port, "strata_forged-token-0123456789012345678901")) {
            assertThatThrownBy(forged::initialize)
                    .hasStackTraceContaining(McpHttpClientTransportAuthorizationException.class.getSimpleName());
        }
    }

    @Test
    void aToolCallWithoutCredentialsIsRefusedWithTheBearerChallengeAndAnswersNothing() throws Exception {
        HttpResponse<String> refused = post(null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(refused.body()).contains("authentication required").doesNotContain("managed-oracle");
    }

    @Test
    void aViewerTokenIsEnoughForEveryReadTool() throws Exception {
        String viewer = graphQl.document(
                        "mutation { createApiToken(input: {name: \"t-mcp\", role: VIEWER}) { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
        assertThat(post(viewer).body()).contains("managed-oracle");
        try (McpSyncClient client = McpClients.connect(port, viewer)) {
            client.initialize();
            assertThat(call(client, "describe_node", Map.of("key", "managed-oracle"))
                            .isError())
                    .isFalse();
        }
    }

    @Test
    void aForeignWebPageIsRefusedByItsOriginEvenWithAToken() throws Exception {
        String viewer = graphQl.document(
                        "mutation { createApiToken(input: {name: \"t-mcp-origin\", role: VIEWER}) { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
        HttpResponse<String> rebound = post(viewer, "http://attacker.example:" + port);
        assertThat(rebound.statusCode()).isEqualTo(403);
        assertThat(rebound.body())
                .contains("origin not allowed", "strata.mcp.allowed-origins")
                .doesNotContain("managed-oracle");
        HttpResponse<String> local = post(viewer, "http://localhost:" + port);
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("managed-oracle");
    }

    private HttpResponse<String> post(String token) throws Exception {
        return post(token, null);
    }

    private HttpResponse<String> post(String token, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(TOOL_CALL));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
