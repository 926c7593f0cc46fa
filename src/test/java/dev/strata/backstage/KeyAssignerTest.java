package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Keys;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys from entity refs: short where possible, always valid, never two alike. */
class KeyAssignerTest {

    @Test
    void shortKeysAreTheNameWithTheNamespaceWhenItIsNotDefault() {
        assertThat(KeyAssigner.claim(ref("group:default/team-a"), 0).shortKey()).isEqualTo("team-a");
        assertThat(KeyAssigner.claim(ref("group:payments/team-c"), 0).shortKey())
                .isEqualTo("payments-team-c");
        assertThat(KeyAssigner.claim(ref("component:default/Artist_Lookup.v2"), 0)
                        .shortKey())
                .isEqualTo("artist-lookup-v2");
        // one character is not a key: the kind is added
        assertThat(KeyAssigner.claim(ref("group:default/c"), 0).shortKey()).isEqualTo("c-group");
    }

    @Test
    void refsThatReadTheSameGetDistinctKeysAndTheUnchangedNameKeepsTheShortOne() {
        List<KeyAssigner.Claim> hashed = new ArrayList<>();
        Map<String, String> keys = new KeyAssigner()
                .assign(
                        NodeKind.TEAM,
                        List.of(
                                KeyAssigner.claim(ref("group:default/team_c"), 0),
                                KeyAssigner.claim(ref("group:default/team-c"), 0),
                                KeyAssigner.claim(ref("group:payments-team/c"), 0),
                                KeyAssigner.claim(ref("group:payments/team-c"), 0)),
                        hashed);
        assertThat(keys.get("group:default/team-c")).isEqualTo("team-c");
        assertThat(keys.get("group:default/team_c")).matches("team-c-[0-9a-f]{8}");
        assertThat(keys.get("group:payments-team/c")).isEqualTo("payments-team-c");
        assertThat(keys.get("group:payments/team-c")).matches("payments-team-c-[0-9a-f]{8}");
        assertThat(hashed)
                .extracting(KeyAssigner.Claim::id)
                .containsExactlyInAnyOrder("group:default/team_c", "group:payments/team-c");
    }

    @Test
    void aKeyTakenByANativeDocumentOrTooLongGetsAHashedKey() {
        KeyAssigner assigner = new KeyAssigner();
        assigner.reserve(NodeKind.PLATFORM, "shop");
        String longName = "a".repeat(63);
        Map<String, String> keys = assigner.assign(
                NodeKind.PLATFORM,
                List.of(
                        KeyAssigner.claim(ref("system:default/shop"), 0),
                        KeyAssigner.claim(ref("system:some-long-namespace/" + longName), 0)),
                new ArrayList<>());
        assertThat(keys.get("system:default/shop")).matches("shop-[0-9a-f]{8}");
        assertThat(keys.get("system:some-long-namespace/" + longName))
                .hasSize(64)
                .matches(Keys.KEY.pattern())
                .startsWith("some-long-namespace-aaaa");
    }

    @Test
    void keysAreInjectiveAndValidOnRandomRefsThatCollideOften() {
        Random random = new Random(20);
        String alphabet = "ab-_.";
        Set<String> refs = new HashSet<>();
        while (refs.size() < 3000) {
            StringBuilder name = new StringBuilder("x");
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            name.append(random.nextBoolean() ? "b" : "");
            String namespace =
                    random.nextInt(4) == 0 ? "n" + random.nextInt(3) + (random.nextBoolean() ? "-a" : "") : "default";
            refs.add("component:" + namespace + "/" + name);
        }
        List<KeyAssigner.Claim> claims =
                refs.stream().map(r -> KeyAssigner.claim(ref(r), 0)).toList();
        Map<String, String> keys = new KeyAssigner().assign(NodeKind.CAPABILITY, claims, new ArrayList<>());
        assertThat(keys).hasSize(refs.size());
        assertThat(new HashSet<>(keys.values())).hasSize(refs.size());
        assertThat(keys.values()).allMatch(Keys::isKey);
        // the same refs in another order get the same keys
        List<KeyAssigner.Claim> shuffled = new ArrayList<>(claims);
        java.util.Collections.shuffle(shuffled, random);
        assertThat(new KeyAssigner().assign(NodeKind.CAPABILITY, shuffled, new ArrayList<>()))
                .isEqualTo(keys);
    }

    private static EntityRef ref(String text) {
        return EntityRef.parse(text, null, "default").orElseThrow();
    }
}
