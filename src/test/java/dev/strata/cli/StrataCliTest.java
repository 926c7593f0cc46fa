package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without a server: help, unknown commands, bad options, offline validation, the serve default. */
class StrataCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> served = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandWithItsOptionsAndStartsNothing() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains(
                        "serve",
                        "validate",
                        "plan",
                        "apply",
                        "export",
                        "java -jar strata.jar plan [-h]",
                        "--fail-on-new-violation",
                        "--max-blast-radius=<n>",
                        "--prune",
                        "--backstage",
                        "--out=<dir>",
                        "--server=<url>",
                        "--token=<token>",
                        "--format=text|json",
                        "Exit codes: 0 fine, 1 error, 2 policy violated.");
        assertThat(served).isEmpty();
        assertThat(run("plan", "--help")).isZero();
        assertThat(out()).contains("Usage: java -jar strata.jar plan", "--fail-on-new-cycle");
        assertThat(served).isEmpty();
    }

    @Test
    void anUnknownCommandSaysSoAndExitsWith1WithoutStartingAnything() {
        assertThat(run("frobnicate", "landscape/")).isEqualTo(1);
        assertThat(err()).contains("unknown command 'frobnicate'", "serve, validate, plan, apply, export");
        assertThat(served).isEmpty();
    }

    @Test
    void badOptionsExitWith1AndNameTheProblem() {
        assertThat(run("plan", "x", "--format", "xml")).isEqualTo(1);
        assertThat(err()).contains("Invalid value for option '--format'", "but was 'xml'");
        assertThat(run("export")).isEqualTo(1);
        assertThat(err()).contains("Missing required option: '--out=<dir>'");
        assertThat(run("apply", "x", "--max-blast-radius", "many")).isEqualTo(1);
        assertThat(err()).contains("'many' is not an int");
        assertThat(run("validate")).isEqualTo(1);
        assertThat(err()).contains("Missing required parameter: '<paths>'");
        assertThat(run("validate", "does-not-exist/")).isEqualTo(1);
        assertThat(err()).contains("strata: no such file or directory: does-not-exist/");
        assertThat(run("-x")).isEqualTo(1);
        assertThat(err()).contains("Unknown option: '-x'");
        assertThat(served).isEmpty();
    }

    @Test
    void validateOfflineReportsProblemsWithFileAndLineAndExits1() throws IOException {
        Files.writeString(dir.resolve("team.yaml"), """
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-team}
                spec: {type: PLATFORM, size: four}
                """);
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(out()).contains("team.yaml:4: spec.size: expected an integer", "1 problem in 1 file");
        assertThat(run("validate", "src/main/resources/landscape/demo", "--format", "json"))
                .isZero();
        assertThat(out()).startsWith("{\"errors\":[],\"documents\":238}");
    }

    @Test
    void noArgumentsOrSettingsOnlyOrServeStartTheServerWithTheSettingsUnchanged() {
        assertThat(run()).isZero();
        assertThat(run("--server.port=9090", "--strata.demo.enabled=false")).isZero();
        assertThat(run("serve", "--server.port=9091")).isZero();
        assertThat(served)
                .containsExactly(
                        List.of(),
                        List.of("--server.port=9090", "--strata.demo.enabled=false"),
                        List.of("--server.port=9091"));
    }

    @Test
    void aServerThatCannotStartExitsWith1() {
        StrataCli cli = new StrataCli(new Console(stream(out), stream(err), Map.of()), arguments -> {
            throw new IllegalStateException("port taken");
        });
        assertThat(cli.run(new String[] {"serve"})).isEqualTo(1);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new StrataCli(
                        new Console(stream(out), stream(err), Map.of()), arguments -> served.add(List.of(arguments)))
                .run(args);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
