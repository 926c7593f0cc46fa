package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Landscape;
import dev.strata.model.NodeRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The usual Backstage annotations and links become a platform's documentation, support channel and on-call (the
 * product fields the scorecards check), on the test catalog {@link MusicCatalog}.
 */
class BackstageProductLinksTest {

    private static final Landscape LANDSCAPE =
            MusicCatalog.folder().declaration().declared();

    @Test
    void techDocsAChatLinkAndPagerDutyMakeAFullyEquippedPlatform() {
        assertThat(platform("media"))
                .containsEntry("documentation", "techdocs:system:default/media")
                .containsEntry("supportChannel", "https://chat.acme.example/channels/media-help")
                .containsEntry("onCall", "pagerduty:PMEDIA1");
    }

    @Test
    void aDocumentationLinkWinsAndOpsgenieIsTheOnCallWithoutASupportChannel() {
        assertThat(platform("records"))
                .containsEntry("documentation", "https://wiki.acme.example/records")
                .containsEntry("onCall", "opsgenie:discovery-oncall")
                .doesNotContainKey("supportChannel");
    }

    @Test
    void aPlatformWithoutASystemGetsNone() {
        assertThat(platform("discovery-no-system"))
                .doesNotContainKey("documentation")
                .doesNotContainKey("supportChannel")
                .doesNotContainKey("onCall");
    }

    private static Map<String, Object> platform(String key) {
        return LANDSCAPE.nodes().get(NodeRef.platform(key)).properties();
    }
}
