package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every class of problem in landscape files, each with its file, line, field and precise message. */
class LandscapeParserTest {

    private static List<String> problems(LandscapeFile... files) {
        return LandscapeParser.parse(List.of(files)).problemsResolvingAgainst(Set.of()).stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        assertThat(problems(new LandscapeFile("bad.yaml", """
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-a
                spec: {type: PLATFORM, size: 3}
                """)))
                .containsExactly("bad.yaml:4: malformed YAML at column 5: while parsing a flow mapping,"
                        + " expected ',' or '}', but got : [MALFORMED_YAML]");
    }

    @Test
    void wrongTypesInvalidValuesAndMissingFieldsAreAllReportedAtOnce() {
        assertThat(problems(new LandscapeFile("teams.yaml", """
                apiVersion: strata.dev/v1
                kind: Team
                metadata:
                  key: t-a
                spec:
                  type: PLATFORM
                  size: nine
                ---
                apiVersion: strata.dev/v1
                kind: Capability
                metadata: {key: t-c}
                spec:
                  lifecycle: GONE
                  tier: 7
                  gaDate: 2024-13-01
                  dependsOn: t-x
                  compliant: "yes"
                """)))
                .containsExactly(
                        "teams.yaml:7: spec.size: expected an integer, got a string ('nine') [WRONG_TYPE]",
                        "teams.yaml:13: spec.lifecycle: 'GONE' is not one of PLANNED, BETA, GA, DEPRECATED, RETIRED [INVALID_VALUE]",
                        "teams.yaml:14: spec.tier: must be between 1 and 3, was 7 [INVALID_VALUE]",
                        "teams.yaml:15: spec.gaDate: '2024-13-01' is not a date (YYYY-MM-DD) [INVALID_VALUE]",
                        "teams.yaml:17: spec.compliant: expected true or false, got a string ('yes') [WRONG_TYPE]",
                        "teams.yaml:16: spec.dependsOn: expected a list of keys, got a string ('t-x') [WRONG_TYPE]");
    }

    @Test
    void unknownKindsFieldsAndApiVersionsAreNamed() {
        assertThat(problems(new LandscapeFile("x.yaml", """
                apiVersion: strata.dev/v1
                kind: Service
                metadata: {key: t-s}
                ---
                apiVersion: strata.dev/v2
                kind: Layer
                metadata: {key: t-l, owner: me}
                spec: {rank: 3, colour: blue}
                """)))
                .containsExactly(
                        "x.yaml:2: kind: unknown kind 'Service': use one of ValueStream, Team, Layer, Platform, Capability,"
                                + " Consumer [UNKNOWN_KIND]",
                        "x.yaml:5: apiVersion: unsupported apiVersion 'strata.dev/v2': use strata.dev/v1 [INVALID_VALUE]",
                        "x.yaml:7: metadata.owner: unknown field 'owner': expected one of description, key, labels, name,"
                                + " title [UNKNOWN_FIELD]",
                        "x.yaml:8: spec.colour: unknown field 'colour': expected one of crossCutting, rank [UNKNOWN_FIELD]");
    }

    @Test
    void aKeyDeclaredInTwoFilesIsADuplicateNamingTheFirstPlace() {
        String team = """
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-a}
                spec: {type: ENABLING, size: 2}
                """;
        assertThat(problems(new LandscapeFile("a.yaml", team), new LandscapeFile("b/c.yaml", "---\n" + team)))
                .containsExactly("b/c.yaml:2: metadata.key: duplicate key: Team 't-a' is already declared in a.yaml:1"
                        + " [DUPLICATE_KEY]");
    }

    @Test
    void danglingReferencesAndSelfDependenciesPointAtTheirField() {
        assertThat(problems(new LandscapeFile("caps.yaml", """
                apiVersion: strata.dev/v1
                kind: Capability
                metadata: {key: t-c}
                spec:
                  lifecycle: GA
                  tier: 1
                  platform: t-nowhere
                  dependsOn:
                    - t-c
                    - t-missing
                """)))
                .containsExactly(
                        "caps.yaml:9: spec.dependsOn[0]: Capability 't-c' cannot depend on itself [SELF_DEPENDENCY]",
                        "caps.yaml:7: spec.platform: no Platform with key 't-nowhere' is declared in these files"
                                + " [DANGLING_REFERENCE]",
                        "caps.yaml:10: spec.dependsOn[1]: no Capability with key 't-missing' is declared in these files"
                                + " [DANGLING_REFERENCE]");
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() {
        String huge = "# " + "x".repeat(5 * 1024 * 1024) + "\n";
        assertThat(problems(new LandscapeFile("huge.yaml", huge)))
                .containsExactly("huge.yaml:0: the file has 5242883"
                        + " bytes; the limit is 2097152 bytes per file: split it into several files [TOO_LARGE]");
    }

    @Test
    void aValidFileDeclaresNodesAndRelationshipsWithTheirSourceFile() {
        Parsed parsed = LandscapeParser.parse(List.of(new LandscapeFile("stack.yaml", LandscapeAsCodeIT.STACK)));
        assertThat(parsed.problemsResolvingAgainst(Set.of(
                        new NodeRef(NodeKind.LAYER, "container-platform"),
                        new NodeRef(NodeKind.CAPABILITY, "k8s-workloads"),
                        new NodeRef(NodeKind.TEAM, "team-mobile-banking"))))
                .isEmpty();
        assertThat(parsed.declared().nodes()).hasSize(5);
        assertThat(parsed.declared().edges()).hasSize(8);
        assertThat(parsed.declared().edges().values())
                .allSatisfy(edge -> assertThat(edge.properties()).containsEntry("sourceFile", "stack.yaml"));
    }
}
