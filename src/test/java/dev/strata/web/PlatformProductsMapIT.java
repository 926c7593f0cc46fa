package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * Platforms as products on the landscape map (issue #14 in the dashboard, #15): the scorecard level badge on every
 * platform box, and in a platform's details every rule's pass or fail with its reason and the load the platform
 * removes, each against what the GraphQL API answers on the demo.
 */
class PlatformProductsMapIT extends DashboardBrowserTest {

    @Test
    void everyPlatformBoxCarriesTheLevelItsScorecardReaches() {
        open("landscape");
        List<Map<String, Object>> cards = LandscapeMapIT.maps(
                graphQl.document("{ platformScorecards { platformKey level } }").executeSync(), "platformScorecards");
        Map<String, String> expected = new TreeMap<>();
        cards.forEach(c -> expected.put((String) c.get("platformKey"), Objects.toString(c.get("level"), "none")));
        assertThat(expected.values().stream().distinct().count())
                .as("the demo's platforms reach different levels")
                .isGreaterThan(1);
        Map<String, String> drawn = new TreeMap<>();
        for (WebElement box : browser.findElements(By.cssSelector("[data-platform]"))) {
            List<WebElement> badge = box.findElements(By.cssSelector("[data-level]"));
            assertThat(badge)
                    .as("one level badge on " + box.getAttribute("data-platform"))
                    .hasSize(1);
            drawn.put(box.getAttribute("data-platform"), badge.getFirst().getAttribute("data-level"));
        }
        assertThat(drawn).isEqualTo(expected);
    }

    @Test
    void aPlatformsDetailsShowEveryRuleWithItsReasonAndTheLoadItRemoves() {
        open("landscape");
        ClientGraphQlResponse removed = graphQl.document("""
                { platformLoadRemoved { platformKey selfServiceConsumptions removedLoad addedLoad netLoad
                    collaborations churn exposed consumingTeams } }""").executeSync();
        Map<String, Map<String, Object>> byPlatform = new HashMap<>();
        LandscapeMapIT.maps(removed, "platformLoadRemoved")
                .forEach(r -> byPlatform.put((String) r.get("platformKey"), r));
        // A platform that removes load and fails at least one rule: both halves of the panel have something to say.
        List<Map<String, Object>> cards = LandscapeMapIT.maps(
                graphQl.document("{ platformScorecards(failingOnly: true) { platformKey } }")
                        .executeSync(),
                "platformScorecards");
        String key = cards.stream()
                .map(c -> (String) c.get("platformKey"))
                .filter(k -> ((Number) byPlatform.get(k).get("removedLoad")).doubleValue() > 0)
                .findFirst()
                .orElseThrow();
        ClientGraphQlResponse card = graphQl.document("""
                query($key: ID!) { platformScorecard(platformKey: $key) { level passed total
                  results { rule level passed reason } } platform(key: $key) { name } }""").variable("key", key).executeSync();
        assertThat(card.getErrors()).isEmpty();

        browser.findElement(By.cssSelector("[data-platform='" + key + "'] button.pname"))
                .sendKeys(Keys.ENTER);
        waitUntil(
                "the scorecard of " + key,
                () -> !browser.findElements(By.id("scorecard-rules")).isEmpty());
        assertThat(text(".details h3")).isEqualTo(card.field("platform.name").toEntity(String.class));
        List<Map<String, Object>> results = LandscapeMapIT.maps(card, "platformScorecard.results");
        assertThat(results).anyMatch(r -> !(Boolean) r.get("passed"));
        List<WebElement> rules = browser.findElements(By.cssSelector("#scorecard-rules li"));
        assertThat(rules).hasSameSizeAs(results);
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> r = results.get(i);
            WebElement li = rules.get(i);
            assertThat(li.getAttribute("data-rule")).isEqualTo(r.get("rule"));
            assertThat(li.getAttribute("data-passed")).isEqualTo(String.valueOf(r.get("passed")));
            assertThat(li.getText())
                    .startsWith(((Boolean) r.get("passed") ? "pass " : "fail ") + r.get("rule"))
                    .endsWith((String) r.get("reason"));
        }
        String level = Objects.toString(card.field("platformScorecard.level").getValue(), "none");
        assertThat(browser.findElement(By.cssSelector("#platform-product h4 [data-level]"))
                        .getAttribute("data-level"))
                .isEqualTo(level);
        assertThat(text("#platform-product h4"))
                .contains(card.field("platformScorecard.passed").getValue() + " of "
                        + card.field("platformScorecard.total").getValue() + " rules pass");

        Map<String, Object> load = byPlatform.get(key);
        assertThat(Double.parseDouble(
                        browser.findElement(By.id("platform-load-removed")).getAttribute("data-net")))
                .isEqualTo(((Number) load.get("netLoad")).doubleValue());
        assertThat(text("#platform-load-removed"))
                .contains("net " + oneDecimal(load.get("netLoad")) + " points")
                .contains(oneDecimal(load.get("removedLoad")) + " points: " + load.get("selfServiceConsumptions")
                        + " self-service consumptions")
                .contains(oneDecimal(load.get("addedLoad")) + " points: " + load.get("collaborations")
                        + " collaborations, " + load.get("churn") + " consumptions")
                .contains(load.get("exposed") + " exposed dependencies");
        screenshot("landscape-scorecard");
    }

    private static String oneDecimal(Object value) {
        return String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
    }
}
