package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Following a long operation: a server busy with a large apply may answer a poll late (past its request deadline)
 * or BUSY, and the CLI keeps following instead of leaving the operation running with nobody waiting for it; any
 * other refusal ends the command at once. Against a stand-in server on loopback that answers the polls in turn.
 */
class LandscapeTransferTest {

    private static final String DEADLINE = error(
            "Query.landscapeOperation was stopped: the request ran into its"
                    + " deadline of 30 s (strata.graphql.request-timeout)",
            "DEADLINE_EXCEEDED");
    private static final String BUSY = error("the server is busy; retry in 2 s", "BUSY");

    private final Deque<String> answers = new ArrayDeque<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void slowAndBusyPollsAreRetriedUntilTheOperationEnds() throws Exception {
        answers.addAll(List.of(DEADLINE, BUSY, state("RUNNING"), DEADLINE, state("SUCCEEDED")));

        transfer().follow("op-1");

        assertThat(answers).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("the server is slow to answer")
                .contains("still following operation op-1");
    }

    @Test
    void anyOtherRefusalEndsTheCommandAtOnce() throws Exception {
        answers.addAll(List.of(error("forbidden: needs the editor role", "FORBIDDEN"), state("SUCCEEDED")));

        assertThatThrownBy(() -> transfer().follow("op-2")).hasMessageContaining("forbidden");
        assertThat(answers).hasSize(1);
    }

    @Test
    void aFailedOperationIsReportedWithItsReason() throws Exception {
        answers.addAll(List.of(BUSY, """
                {"data":{"landscapeOperation":{"state":"FAILED","step":null,"stepDone":0,"stepTotal":0,
                "stepSecondsLeft":null,"failure":"the graph changed while planning","cancelledBy":null}}}"""));

        assertThatThrownBy(() -> transfer().follow("op-3"))
                .hasMessage("the operation failed: the graph changed while planning");
    }

    private LandscapeTransfer transfer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", exchange -> {
            byte[] body = answers.removeFirst().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Console console = new Console(new PrintStream(new ByteArrayOutputStream()), errStream, Map.of());
        return new LandscapeTransfer(
                new StrataServer("http://127.0.0.1:" + server.getAddress().getPort(), null),
                new ProgressReport(errStream, ProgressReport.Mode.OFF, false, 1_000),
                console);
    }

    private static String state(String state) {
        return """
                {"data":{"landscapeOperation":{"state":"%s","step":"WRITING","stepDone":1,"stepTotal":2,
                "stepSecondsLeft":1.0,"failure":null,"cancelledBy":null}}}""".formatted(state);
    }

    private static String error(String message, String classification) {
        return """
                {"errors":[{"message":"%s","extensions":{"classification":"%s"}}],"data":null}""".formatted(message, classification);
    }
}
