package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code strata mcp} as a desktop client runs it: JSON-RPC lines on stdin and stdout, relayed to the running server's
 * {@code /mcp} with the token from the environment; it ends when stdin closes, and fails clearly without a server.
 */
class McpCommandIT extends StrataIntegrationTest {

    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void relaysInitializeListAndCallsOnStdioToTheServerWithTheEnvironmentToken() throws Exception {
        String viewer = graphQl.document(
                        "mutation { createApiToken(input: {name: \"t-stdio\", role: VIEWER}) { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
        PipedOutputStream clientWrites = new PipedOutputStream();
        PipedInputStream commandReads = new PipedInputStream(clientWrites, 1 << 16);
        PipedInputStream clientReads = new PipedInputStream(1 << 20);
        OutputStream commandWrites = new PipedOutputStream(clientReads);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true),
                Map.of("STRATA_SERVER", "http://127.0.0.1:" + port, "STRATA_TOKEN", viewer));
        java.io.StringWriter picocliErr = new java.io.StringWriter();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread relay = new Thread(
                () -> exit.complete(new CommandLine(new McpCommand(console, commandReads, commandWrites, false))
                        .setErr(new java.io.PrintWriter(picocliErr, true))
                        .execute()),
                "strata-mcp-relay");
        relay.setDaemon(true);
        relay.start();
        var responses = lines(new BufferedReader(new InputStreamReader(clientReads, StandardCharsets.UTF_8)));
        try {
            Thread.sleep(200);
            assertThat(exit)
                    .as(() -> "the relay ended early: " + err + picocliErr)
                    .isNotDone();
            send(clientWrites, """
                    {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"stdio-test","version":"1"}}}""");
            JsonNode initialized = read(responses, () -> err + " / " + picocliErr);
            assertThat(initialized.at("/result/serverInfo/name").asString())
                    .as(initialized.toString())
                    .isEqualTo("strata");
            send(clientWrites, """
                    {"jsonrpc":"2.0","method":"notifications/initialized"}""");
            send(clientWrites, """
                    {"jsonrpc":"2.0","id":2,"method":"tools/list"}""");
            assertThat(read(responses, () -> err + " / " + picocliErr)
                            .at("/result/tools")
                            .size())
                    .isEqualTo(8);
            send(clientWrites, """
                    {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"describe_node","arguments":{"key":"managed-oracle"}}}""");
            JsonNode described = read(responses, () -> err + " / " + picocliErr);
            assertThat(described.at("/result/isError").asBoolean()).isFalse();
            assertThat(described.at("/result/structuredContent/platform").asString())
                    .isEqualTo("data-services");
        } finally {
            clientWrites.close();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("relaying 8 tools");
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
    }

    @Test
    void withoutAReachableServerItFailsAtOnceNamingTheUrl() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console =
                new Console(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true), Map.of());
        int exit = new CommandLine(
                        new McpCommand(console, InputStreamNothing.INSTANCE, OutputStream.nullOutputStream(), false))
                .execute("--server", "http://127.0.0.1:1");
        assertThat(exit).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot use the MCP endpoint of http://127.0.0.1:1/mcp");
    }

    private static void send(OutputStream out, String message) throws Exception {
        out.write((message.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One long-lived reader (a pipe refuses writes once its last reader thread has ended), lines into a queue. */
    private static java.util.concurrent.BlockingQueue<String> lines(BufferedReader responses) {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line = responses.readLine(); line != null; line = responses.readLine()) {
                            lines.add(line);
                        }
                    } catch (java.io.IOException e) {
                        lines.add("{\"readerFailed\":\"" + e.getMessage() + "\"}");
                    }
                },
                "stdio-test-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static JsonNode read(
            java.util.concurrent.BlockingQueue<String> lines, java.util.function.Supplier<String> diagnostics)
            throws Exception {
        String line = lines.poll(30, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no answer on stdout within 30 s; stderr: " + diagnostics.get());
        }
        return JSON.readTree(line);
    }

    /** An empty stdin. */
    private static final class InputStreamNothing extends java.io.InputStream {
        static final InputStreamNothing INSTANCE = new InputStreamNothing();

        @Override
        public int read() {
            return -1;
        }
    }
}
