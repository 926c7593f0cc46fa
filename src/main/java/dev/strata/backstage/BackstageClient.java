package dev.strata.backstage;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the entities of a running Backstage through its catalog REST API: {@code GET /api/catalog/entities/by-query}
 * page by page, following {@code pageInfo.nextCursor}, with a bearer token when one is given (Backstage's static
 * tokens for external access). Only the fields the mapping reads are asked for. Each page becomes one catalog file
 * (a YAML list of entities, the shape {@link CatalogReader} reads); every entity points at its own descriptor
 * through the {@code backstage.io/managed-by-location} annotation Backstage adds. The token is sent only to the
 * given URL and never logged.
 */
public final class BackstageClient {

    /** What the mapping reads; relations and status (the bulk of an entity) are left out. */
    static final String FIELDS = "apiVersion,kind,metadata.name,metadata.namespace,metadata.title,"
            + "metadata.description,metadata.labels,metadata.annotations,spec";

    private static final int MAX_PAGES = 100_000;

    private final URI entities;
    private final @Nullable String token;
    private final int pageSize;
    private final Duration timeout;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param baseUrl  the Backstage backend, e.g. {@code http://backstage:7007} (or its {@code .../api/catalog})
     * @param token    a bearer token, or null when the catalog is open
     * @param pageSize entities per request, 1 to 1000
     * @param timeout  per request
     */
    public BackstageClient(String baseUrl, @Nullable String token, int pageSize, Duration timeout) {
        String base = baseUrl.trim().replaceAll("/+$", "");
        URI uri = URI.create(base.endsWith("/api/catalog") ? base : base + "/api/catalog");
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "the Backstage URL must be http:// or https:// with a host, was '" + baseUrl + "'");
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("the page size must be between 1 and 1000, was " + pageSize);
        }
        this.entities = URI.create(uri + "/entities/by-query");
        this.token = token == null || token.isBlank() ? null : token.trim();
        this.pageSize = pageSize;
        this.timeout = timeout;
    }

    /** Every entity of the catalog, as files by name ({@code backstage-page-0001.yaml}, ...) in page order. */
    public Map<String, String> fetchAll() throws IOException, InterruptedException {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            do {
                JsonNode page = get(client, cursor);
                JsonNode items = page.get("items");
                if (items == null || !items.isArray()) {
                    throw new IOException("Backstage at " + entities + " answered without an items list: is this"
                            + " the catalog API of Backstage 1.19 or newer?");
                }
                if (!items.isEmpty()) {
                    List<Object> list = json.convertValue(items, List.class);
                    pages.put(String.format("backstage-page-%04d.yaml", pages.size() + 1), yaml(list));
                }
                JsonNode next = page.path("pageInfo").get("nextCursor");
                cursor = next == null || next.isNull() || next.asString().isEmpty() ? null : next.asString();
                if (cursor != null && !cursors.add(cursor)) {
                    throw new IOException("Backstage at " + entities + " returned the same cursor twice; stopped");
                }
            } while (cursor != null && pages.size() < MAX_PAGES);
        }
        return pages;
    }

    private JsonNode get(HttpClient client, @Nullable String cursor) throws IOException, InterruptedException {
        String query =
                "limit=" + pageSize + "&fields=" + encode(FIELDS) + (cursor == null ? "" : "&cursor=" + encode(cursor));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entities + "?" + query))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot reach Backstage at " + entities + " (" + e.getMessage() + ")", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException(
                    "Backstage at " + entities + " did not answer within " + timeout.toSeconds() + " s", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new IOException("Backstage at " + entities + " refused the request (HTTP " + status + "): "
                    + (token == null
                            ? "give a token (a static token of backend.auth.externalAccess)"
                            : "the token is not accepted for reading the catalog"));
        }
        if (status / 100 != 2) {
            throw new IOException("Backstage at " + entities + " answered HTTP " + status);
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new IOException(
                    "Backstage at " + entities + " answered something that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String yaml(List<Object> entities) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(160);
        return new Yaml(options).dump(entities);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
