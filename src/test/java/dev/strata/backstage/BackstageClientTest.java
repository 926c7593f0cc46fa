package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.model.NodeRef;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a running Backstage's catalog over its REST API, against a catalog backend on loopback. */
class BackstageClientTest {

    @Test
    void everyPageIsReadByCursorAndMapsToWhatTheDescriptorsMapTo() throws Exception {
        try (FakeBackstage backstage = FakeBackstage.serving(MusicCatalog.files())) {
            Map<String, String> pages =
                    new BackstageClient(backstage.url(), FakeBackstage.TOKEN, 7, Duration.ofSeconds(10)).fetchAll();
            int expectedPages = (backstage.entityCount() + 6) / 7;
            assertThat(pages).hasSize(expectedPages);
            assertThat(backstage.queries()).hasSize(expectedPages);
            assertThat(backstage.queries().getFirst())
                    .startsWith("limit=7&fields=")
                    .doesNotContain("cursor=");
            assertThat(backstage.queries().subList(1, expectedPages)).allMatch(q -> q.contains("&cursor="));

            BackstageImport remote =
                    CatalogMapping.map(CatalogReader.read(CatalogSource.of(pages), List.copyOf(pages.keySet()), null));
            BackstageImport local = MusicCatalog.map(List.of("catalog-info.yaml"));
            // the same nodes and relationships as from the descriptors
            assertThat(remote.declaration().declared().nodes().keySet())
                    .isEqualTo(local.declaration().declared().nodes().keySet());
            assertThat(remote.declaration().declared().edges().keySet())
                    .isEqualTo(local.declaration().declared().edges().keySet());
            // each entity points at its own descriptor, with no line (the API does not know it)
            assertThat(remote.declaration().origins().get(NodeRef.platform("media")))
                    .isEqualTo(new dev.strata.ingest.LandscapeParser.Origin(
                            "url:https://git.example.com/music/blob/main/systems/media.yaml", 0));
            assertThat(remote.declaration()
                            .declared()
                            .nodes()
                            .get(NodeRef.team("streaming"))
                            .properties())
                    .containsEntry("sourceFile", "url:https://git.example.com/music/blob/main/org/streaming.yaml");
            assertThat(remote.findings())
                    .filteredOn(f -> f.category() == Finding.Category.OWNER_DIFFERS)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.file()).isEqualTo("url:https://git.example.com/music/blob/main/apis/apis.yaml");
                        assertThat(f.line()).isZero();
                    });
        }
    }

    @Test
    void aMissingOrWrongTokenIsAClearError() throws Exception {
        try (FakeBackstage backstage = FakeBackstage.serving(MusicCatalog.files())) {
            assertThatThrownBy(() -> new BackstageClient(backstage.url(), null, 50, Duration.ofSeconds(5)).fetchAll())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("refused the request (HTTP 401)")
                    .hasMessageContaining("give a token");
            assertThatThrownBy(
                            () -> new BackstageClient(backstage.url(), "wrong", 50, Duration.ofSeconds(5)).fetchAll())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the token is not accepted");
        }
    }

    @Test
    void anUnreachableBackstageOrABadUrlIsAClearError() {
        assertThatThrownBy(() -> new BackstageClient("http://127.0.0.1:1", null, 50, Duration.ofSeconds(5)).fetchAll())
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(
                        "cannot reach Backstage at" + " http://127.0.0.1:1/api/catalog/entities/by-query");
        assertThatThrownBy(() -> new BackstageClient("ftp://backstage", null, 50, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://");
    }
}
