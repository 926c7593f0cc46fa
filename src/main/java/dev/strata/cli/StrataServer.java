package dev.strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running Strata server's GraphQL API, as the CLI uses it: one operation per call, errors as exceptions. */
final class StrataServer {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String server;
    private final @Nullable String token;

    StrataServer(String server, @Nullable String token) {
        this.server = server;
        this.token = token;
    }

    static StrataServer of(ServerOptions options, Console console) {
        return new StrataServer(options.serverOrDefault(console), options.token(console));
    }

    /** Runs {@code document} with {@code $input} bound to {@code input} (when not null) and returns its data. */
    JsonNode call(String document, @Nullable Map<String, Object> input) throws IOException, InterruptedException {
        return execute(document, input == null ? null : Map.of("input", input));
    }

    /** Runs {@code document} with its {@code variables} (when not null) and returns its data. */
    JsonNode execute(String document, @Nullable Map<String, Object> variables)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        HttpRequest.Builder request = request("/graphql", Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // Recorded in the audit trail as the path the change took (via = graphql/cli).
                .header("X-Strata-Client", "cli")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = send(request);
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            JsonNode error = answer.get("errors").get(0);
            JsonNode classification = error.path("extensions").path("classification");
            throw new ServerException(
                    "the Strata server refused the request: "
                            + error.get("message").asString(),
                    classification.isString() ? classification.asString() : null);
        }
        return answer.get("data");
    }

    /**
     * PUTs {@code file} to {@code path} on the server, telling {@code sent} how many bytes have gone out, and answers
     * the server's JSON answer.
     */
    JsonNode put(String path, Path file, String contentType, LongConsumer sent)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = counting(HttpRequest.BodyPublishers.ofFile(file), sent);
        HttpRequest.Builder request = request(path, Duration.ofMinutes(30))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .PUT(body);
        return JSON.readTree(send(request).body());
    }

    /**
     * GETs {@code path} from the server and hands its body, as it arrives, to {@code reader}; a refusal becomes a
     * {@link ServerException} as in {@link #execute}.
     */
    <T> T download(String path, BodyReader<T> reader) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, Duration.ofMinutes(30)).GET();
        HttpResponse<InputStream> response;
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw refusal(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                return reader.read(body);
            }
        } catch (ConnectException e) {
            throw unreachable(e);
        }
    }

    /** Reads a downloaded body. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /** A request to {@code path} on the server, with the token when there is one. */
    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + path))
                .timeout(timeout);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw unreachable(e);
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(response.statusCode(), response.body());
        }
        return response;
    }

    private ServerException unreachable(ConnectException e) {
        return new ServerException("cannot reach the Strata server at " + server + " (" + e + ")");
    }

    private static ServerException refusal(int status, String body) {
        String message = errorMessage(body);
        return new ServerException("the Strata server answered HTTP " + status
                + (message == null ? "" : ": " + message)
                + (status == 401 || status == 403
                        ? (message == null ? ":" : ";") + " pass a token with --token or STRATA_TOKEN"
                        : ""));
    }

    /** The message of a refusal in the API's error format, when the body has one. */
    private static @Nullable String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("errors").path(0).path("message");
            return message.isString() ? message.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The body, counting the bytes the HTTP client takes from it. */
    private static HttpRequest.BodyPublisher counting(HttpRequest.BodyPublisher body, LongConsumer sent) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                body.subscribe(new Flow.Subscriber<>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        sent.accept(item.remaining());
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                });
            }
        };
    }

    /** The server could not be reached or refused the request. */
    static final class ServerException extends RuntimeException {
        private final @Nullable String classification;

        ServerException(String message) {
            this(message, null);
        }

        ServerException(String message, @Nullable String classification) {
            super(message);
            this.classification = classification;
        }

        /** Whether the server was only too busy or too slow to answer in time: asking again later may succeed. */
        boolean retryable() {
            return "DEADLINE_EXCEEDED".equals(classification) || "BUSY".equals(classification);
        }
    }
}
