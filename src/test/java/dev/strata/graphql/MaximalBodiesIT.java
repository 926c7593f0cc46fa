package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.OwnProcessTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten maximal request bodies at once (issue 10.3) against a Strata in its own JVM with a small heap
 * ({@value #HEAP}): before the fix one body of {@code {},} tokens took about 780 MB and ten threw OutOfMemoryError and
 * stalled health. Now the tokens are refused by the JSON reader, the large strings wait for their share of the bytes in
 * flight, and throughout health and a cheap query keep answering. The server runs in a child JVM because only there can
 * the heap be small without starving every other test.
 */
@OwnProcessTest
class MaximalBodiesIT {

    private static final String HEAP = "-Xmx512m";
    private static final int BODY_BYTES = 32 * 1024 * 1024 - 4096;
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private static Process server;
    private static Path output;
    private static Path data;
    private static int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServerWithSmallHeap() throws Exception {
        data = Files.createTempDirectory("strata-maximal-bodies");
        output = data.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED",
                "-Dserver.port=0",
                "-Dstrata.neo4j.embedded.data-directory=" + data.resolve("neo4j"),
                "-Dstrata.neo4j.embedded.bolt-port=0",
                "-Dstrata.neo4j.embedded.http-port=0",
                "-Dstrata.neo4j.embedded.browser=false",
                "-Dstrata.neo4j.embedded.page-cache=16m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.strata.StrataApplication"));
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (port == 0) {
            assertThat(server.isAlive())
                    .as("server still starting; its log: %s", log())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("server started within 240 s; its log: %s", log())
                    .isLessThan(giveUp);
            Matcher started = STARTED.matcher(log());
            if (started.find()) {
                port = Integer.parseInt(started.group(1));
            } else {
                Thread.sleep(500);
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void tenMaximalBodiesAtOnceLeaveHealthAndACheapQueryAnswering() throws Exception {
        assertThat(waitForHealth()).as("healthy before the attack").isEqualTo(200);
        byte[] tokens = body("[" + "{},".repeat((BODY_BYTES - 100) / 3) + "{}]");
        byte[] string = body("\"" + "x".repeat(BODY_BYTES - 100) + "\"");
        assertThat(tokens.length).isLessThanOrEqualTo(32 * 1024 * 1024);
        assertThat(string.length).isLessThanOrEqualTo(32 * 1024 * 1024);

        List<CompletableFuture<HttpResponse<String>>> attack = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attack.add(http.sendAsync(
                    HttpRequest.newBuilder(uri("/graphql"))
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(i % 2 == 0 ? tokens : string))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int probes = 0;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!attack.stream().allMatch(CompletableFuture::isDone) || probes < 5) {
            assertThat(System.nanoTime()).as("the attack ended within 180 s").isLessThan(giveUp);
            assertThat(get("/actuator/health").statusCode())
                    .as("health during the attack")
                    .isEqualTo(200);
            HttpResponse<String> cheap = post("{\"query\":\"{ strataVersion teams(first: 1) { totalCount } }\"}");
            assertThat(cheap.statusCode()).as("cheap query during the attack").isEqualTo(200);
            assertThat(cheap.body()).contains("totalCount").doesNotContain("errors");
            probes++;
            Thread.sleep(200);
        }

        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> request : attack) {
            statuses.add(request.get().statusCode());
        }
        System.out.println("MaximalBodiesIT: statuses of the ten bodies " + statuses + ", " + probes
                + " health and query probes answered");
        for (int i = 0; i < attack.size(); i++) {
            HttpResponse<String> response = attack.get(i).get();
            String what = (i % 2 == 0 ? "token body " : "string body ") + i + " of " + statuses;
            if (i % 2 == 0) {
                assertThat(response.statusCode()).as(what).isIn(400, 503);
            } else {
                assertThat(response.statusCode()).as(what).isIn(200, 503);
            }
            if (response.statusCode() == 400) {
                assertThat(response.body()).as(what).contains("request body refused", "Token count");
            }
            if (response.statusCode() == 503) {
                assertThat(response.body()).as(what).contains("busy", "strata.http.max-bytes-in-flight");
                assertThat(response.headers().firstValue("Retry-After"))
                        .as(what)
                        .isPresent();
            }
        }
        assertThat(server.isAlive()).isTrue();
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(log()).doesNotContain("OutOfMemoryError");
    }

    private static byte[] body(String padJson) {
        return ("{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":" + padJson + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private int waitForHealth() throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                int status = get("/actuator/health").statusCode();
                if (status == 200 || System.nanoTime() > giveUp) {
                    return status;
                }
            } catch (IOException notYet) {
                assertThat(System.nanoTime()).as("health answered within 120 s").isLessThan(giveUp);
            }
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/graphql"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String log() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
