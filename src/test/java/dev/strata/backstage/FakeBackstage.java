package dev.strata.backstage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Backstage catalog backend on loopback for tests: {@code GET /api/catalog/entities/by-query} answers entities in
 * that API's JSON shape ({@code items}, {@code totalItems}, {@code pageInfo.nextCursor}), {@code limit} entities at
 * a time, behind a bearer token. Entities carry the annotations Backstage adds ({@code backstage.io/managed-by-location})
 * and {@code relations}, as a real catalog does.
 */
public final class FakeBackstage implements AutoCloseable {

    public static final String TOKEN = "backstage-static-token-for-tests";

    private final HttpServer server;
    private final List<Map<String, Object>> entities;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private FakeBackstage(List<Map<String, Object>> entities) throws IOException {
        this.entities = entities;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/catalog/entities/by-query", this::byQuery);
        server.start();
    }

    /** Serves every entity of the given descriptor files (path to YAML text), as registered from a Git host. */
    public static FakeBackstage serving(Map<String, String> files) throws IOException {
        List<Map<String, Object>> entities = new ArrayList<>();
        Yaml yaml = new Yaml();
        files.forEach((path, text) -> {
            if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
                return;
            }
            try {
                for (Object document : yaml.loadAll(new StringReader(text))) {
                    if (document instanceof Map<?, ?> map
                            && map.get("metadata") instanceof Map<?, ?> metadata
                            && String.valueOf(map.get("apiVersion")).contains("backstage.io/")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> entity = new LinkedHashMap<>((Map<String, Object>) map);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) metadata);
                        Map<String, Object> annotations = new LinkedHashMap<>();
                        if (meta.get("annotations") instanceof Map<?, ?> given) {
                            given.forEach((k, v) -> annotations.put(String.valueOf(k), v));
                        }
                        annotations.put(
                                "backstage.io/managed-by-location",
                                "url:https://git.example.com/music/blob/main/" + path);
                        meta.put("annotations", annotations);
                        meta.putIfAbsent("namespace", "default");
                        meta.put(
                                "uid",
                                java.util
                                        .UUID
                                        .nameUUIDFromBytes((path + meta.get("name")).getBytes())
                                        .toString());
                        entity.put("metadata", meta);
                        entity.put("relations", List.of(Map.of("type", "ownedBy", "targetRef", "group:default/x")));
                        entities.add(entity);
                    }
                }
            } catch (RuntimeException e) {
                // not YAML (a Helm template): a real catalog would not hold it either
            }
        });
        return new FakeBackstage(entities);
    }

    /** The base URL, as a user gives it ({@code http://127.0.0.1:port}). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int entityCount() {
        return entities.size();
    }

    /** The query strings received, in order. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    private void byQuery(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null
                ? ""
                : exchange.getRequestURI().getRawQuery();
        queries.add(query);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":{\"name\":\"AuthenticationError\",\"message\":\"Missing credentials\"}}");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(
                        pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "20"));
        int offset = parameters.containsKey("cursor")
                ? Integer.parseInt(
                        new String(Base64.getDecoder().decode(parameters.get("cursor")), StandardCharsets.UTF_8))
                : 0;
        List<Map<String, Object>> page =
                entities.subList(Math.min(offset, entities.size()), Math.min(offset + limit, entities.size()));
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        if (offset + limit < entities.size()) {
            pageInfo.put(
                    "nextCursor",
                    Base64.getEncoder()
                            .encodeToString(String.valueOf(offset + limit).getBytes(StandardCharsets.UTF_8)));
        }
        if (offset > 0) {
            pageInfo.put("prevCursor", Base64.getEncoder().encodeToString("0".getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page);
        body.put("totalItems", entities.size());
        body.put("pageInfo", pageInfo);
        send(exchange, 200, json.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
