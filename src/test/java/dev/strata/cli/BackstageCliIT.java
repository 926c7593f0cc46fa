package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.strata.backstage.FakeBackstage;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The CLI's Backstage import: a catalog folder offline and against a running Strata, a running Backstage's REST API
 * (on loopback), URL targets fetched when asked, and exit codes.
 */
class BackstageCliIT extends StrataIntegrationTest {

    private static final Path MUSIC = Path.of("src/test/resources/backstage/music");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCatalogFolderValidatesOfflineWithEveryEntityAccountedFor() {
        assertThat(cli(Map.of(), "validate", MUSIC.toString(), "--backstage")).isZero();
        assertThat(output())
                .contains(
                        "Backstage catalog: 35 entities in 18 files: 24 mapped, 7 merged into other"
                                + " nodes, 4 skipped; 2 Locations followed, 1 native documents, 3 other documents skipped;"
                                + " 28 nodes, 37 relationships",
                        "  mapped: API 5, Component 7, Domain 2, Group 6, Resource 2, System 2; merged: Component 2, User 5",
                        "  org/discovery.yaml:18: user:default/loner: a member of no group: counted in no team",
                        "  templates.yaml:1: template:default/new-service: Strata has no node for the kind Template",
                        "  components/discovery.yaml:68: component:default/bad name: breaks Backstage's rules",
                        "  docs/chart.yaml:8: not valid YAML",
                        "    components/discovery.yaml:42: spec.consumesApis[1]: component:default/mobile-app"
                                + " spec.consumesApis[1] 'api:does-not-exist' refers to api:default/does-not-exist, which the"
                                + " catalog does not hold",
                        "valid: the catalog can be imported");
    }

    @Test
    void aLocationFileIsFollowedAndWhatItNamesMustExistOffline() {
        assertThat(cli(Map.of(), "validate", MUSIC.resolve("catalog-info.yaml").toString(), "--backstage"))
                .isEqualTo(1);
        // the layer the media system names is declared beside the catalog, in a file no Location targets; paths are
        // relative to the Location's folder, as when the folder is given
        assertThat(output())
                .contains("\nsystems/media.yaml:7:"
                        + " metadata.annotations.strata.dev/layer: no Layer with key 'delivery' is declared in these files"
                        + " [DANGLING_REFERENCE]");
    }

    @Test
    void locationFilesGivenByAbsolutePathsGoToTheServerNamedRelativeToTheFolderTheyShare() throws IOException {
        // as with Backstage's example catalog: all.yaml for the entities, acme-corp.yaml for the organisation
        Files.createDirectories(dir.resolve("org"));
        Files.writeString(dir.resolve("all.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: t-all}
                spec: {targets: [./systems.yaml]}
                """);
        Files.writeString(dir.resolve("systems.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: t-archive}
                spec: {owner: t-keepers}
                """);
        Files.writeString(dir.resolve("acme-corp.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: t-org}
                spec: {targets: [./org/keepers.yaml]}
                """);
        Files.writeString(dir.resolve("org/keepers.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: t-keepers}
                spec: {type: team, children: []}
                """);
        String all = dir.resolve("all.yaml").toAbsolutePath().toString();
        String org = dir.resolve("acme-corp.yaml").toAbsolutePath().toString();
        String before = fingerprint();
        assertThat(cli(
                        Map.of(),
                        "plan",
                        all,
                        org,
                        "--backstage",
                        "--list-documents",
                        "--server",
                        server(),
                        "--token",
                        ADMIN_TOKEN))
                .isZero();
        assertThat(output())
                .contains(
                        "2 entities in 4 files",
                        "+ Team t-keepers (org/keepers.yaml)",
                        "+ Platform t-archive (systems.yaml)",
                        "owner t-keepers",
                        "\n  org/keepers.yaml:1: MAPPED group:default/t-keepers",
                        "\n  systems.yaml:1: MAPPED system:default/t-archive");
        // the same names as for the folder, wherever the CLI runs: the nodes record the same sourceFile either way
        assertThat(output()).doesNotContain("SOURCE_UNAVAILABLE", "../", dir.toString());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void planAgainstTheServerShowsTheCatalogAndThePlanAndWritesNothing() {
        String before = fingerprint();
        assertThat(cli(Map.of(), "plan", MUSIC.toString(), "--backstage", "--server", server(), "--token", ADMIN_TOKEN))
                .isZero();
        assertThat(output())
                .contains(
                        "Backstage catalog: 35 entities",
                        "+ Team streaming",
                        "+ Platform media",
                        "+ Consumer player-web",
                        "consumes stream-api, track-store, tracks-db",
                        "+ Layer delivery");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRunningBackstageIsReadThroughItsRestApiWithTheTokenFromTheEnvironment() throws Exception {
        try (FakeBackstage backstage = FakeBackstage.serving(files(MUSIC))) {
            assertThat(cli(
                            Map.of("STRATA_BACKSTAGE_TOKEN", FakeBackstage.TOKEN),
                            "validate",
                            "--backstage-url",
                            backstage.url(),
                            "--format",
                            "json"))
                    .isEqualTo(1);
            JsonNode result = StrataServer.JSON.readTree(output());
            // offline, the layer the media system names is nowhere: against the server's graph it would be
            assertThat(result.get("errors")).singleElement().satisfies(e -> {
                assertThat(e.get("file").asString())
                        .isEqualTo("url:https://git.example.com/music/blob/main/systems/media.yaml");
                assertThat(e.get("code").asString()).isEqualTo("DANGLING_REFERENCE");
            });
            // every entity served is accounted for; Backstage has followed the Locations already
            assertThat(result.get("summary").get("entities").asInt()
                            + result.get("summary").get("locations").asInt())
                    .isEqualTo(backstage.entityCount());
            assertThat(result.get("summary").get("locations").asInt()).isEqualTo(2);

            assertThat(cli(Map.of(), "validate", "--backstage-url", backstage.url()))
                    .isEqualTo(1);
            assertThat(errors()).contains("refused the request (HTTP 401)", "give a token");
        }
    }

    @Test
    void urlTargetsAreFetchedOnlyWhenAskedAndGoToTheServerAsFiles() throws Exception {
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/partners.yaml", exchange -> {
            byte[] body = """
                    apiVersion: backstage.io/v1alpha1
                    kind: Group
                    metadata: {name: t-partners}
                    spec: {type: team, children: []}
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        });
        remote.start();
        try {
            String url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/partners.yaml";
            Files.writeString(dir.resolve("catalog-info.yaml"), """
                    apiVersion: backstage.io/v1alpha1
                    kind: Location
                    metadata: {name: t-root}
                    spec: {targets: [%s]}
                    """.formatted(url));
            // without fetching, the only target is not read: a catalog without entities is a problem, not a success
            assertThat(cli(Map.of(), "validate", dir.toString(), "--backstage")).isEqualTo(1);
            assertThat(output())
                    .contains(
                            "Location location:default/t-root target " + url + " is a URL",
                            "no catalog entity and no native document found (1 files read) [SOURCE_UNAVAILABLE]");
            assertThat(cli(
                            Map.of(),
                            "plan",
                            dir.toString(),
                            "--backstage",
                            "--follow-urls",
                            "--list-documents",
                            "--server",
                            server(),
                            "--token",
                            ADMIN_TOKEN))
                    .isZero();
            assertThat(output())
                    .contains(url + ":1: MAPPED group:default/t-partners -> TEAM t-partners", "+ Team t-partners");
        } finally {
            remote.stop(0);
        }
    }

    @Test
    void aProblemInTheCatalogExits1WithItsLocation() throws IOException {
        Files.writeString(dir.resolve("catalog-info.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata:
                  name: t-shop
                  annotations:
                    strata.dev/layer: Not A Key
                spec: {owner: t-nobody}
                """);
        String before = fingerprint();
        assertThat(cli(Map.of(), "apply", dir.toString(), "--backstage", "--server", server(), "--token", ADMIN_TOKEN))
                .isEqualTo(1);
        assertThat(output())
                .contains(
                        "catalog-info.yaml:6: metadata.annotations.strata.dev/layer: 'Not A Key' is not"
                                + " the key of a layer [INVALID_VALUE]",
                        "1 problem; nothing was planned or written");
        assertThat(fingerprint()).isEqualTo(before);
    }

    private int cli(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return new StrataCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        env)
                .run(args);
    }

    private String server() {
        return "http://127.0.0.1:" + port;
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path path : paths) {
            files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
        }
        return files;
    }
}
