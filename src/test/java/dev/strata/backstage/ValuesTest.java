package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Field;
import dev.strata.model.Lifecycle;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How free-form Backstage values become the model's: tiers, lifecycles, texts. */
class ValuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1", "tier-1, 1", "Tier 2, 2", "tier3, 3", "T1, 1", "t_2, 2", "TIER-0, 0", "' 3 ', 3"})
    void tiersInTheUsualSpellingsAreRead(String text, int tier) {
        assertThat(Values.tier(text)).contains(tier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "critical", "tier-12", "1.5", "", "tier one"})
    void anythingElseIsNoTier(String text) {
        assertThat(Values.tier(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "experimental, BETA",
        "production, GA",
        "deprecated, DEPRECATED",
        "Production, GA",
        "retired, RETIRED",
        "planned, PLANNED",
        "eol, RETIRED"
    })
    void lifecyclesAreMapped(String text, Lifecycle lifecycle) {
        assertThat(Values.lifecycle(text)).contains(lifecycle);
    }

    @Test
    void anUnknownLifecycleIsNone() {
        assertThat(Values.lifecycle("someday")).isEqualTo(Optional.empty());
    }

    @Test
    void textsAreFittedToTheModel() {
        assertThat(Values.fit("a\tb\r\nc\u0007", false).text()).isEqualTo("a b c");
        assertThat(Values.fit("line one\nline two", true).text()).isEqualTo("line one\nline two");
        Values.Fitted cut = Values.fit("x".repeat(Field.MAX_NAME + 10), false);
        assertThat(cut.shortened()).isTrue();
        assertThat(cut.text()).hasSize(Field.MAX_NAME).endsWith("...");
        assertThat(Field.common("name").check(cut.text())).isNull();
        assertThat(Values.fit(" \u0000 ", false)).isNull();
    }
}
