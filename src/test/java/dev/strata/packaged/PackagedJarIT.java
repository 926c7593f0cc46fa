package dev.strata.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.strata.testsupport.OwnProcessTest;
import dev.strata.web.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a new user meets it (issue 18; 10.2 and 10.6 from the outside): {@code java -jar
 * target/strata.jar}, as the README writes it, on non-default ports (HTTP, Bolt, Neo4j HTTP) in a fresh folder, with
 * the bootstrap token in the environment. A calm console; Neo4j Browser served, logged in and answering a query;
 * GraphiQL answering a query with every host but 127.0.0.1 unreachable; the README's commands working against it;
 * the token in no file; a clean stop. The browser checks are skipped without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnProcessTest
class PackagedJarIT {

    /** The README's launch command ("Run it"); the test adds nothing but environment variables. */
    static final String README_LAUNCH = "java " + PackagedStrata.UNSAFE_FLAG + " -jar target/strata.jar";

    /**
     * WARN and ERROR lines a user may see, each with why it stays. Anything else on the console fails the test.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "d.strata.security.GraphQlAuthorization   : ",
            "the ANONYMOUS READ banner: the local demo's default, and it says what to set (STRATA_SECURITY_ANONYMOUS_READ)");

    private static final Pattern WARNING = Pattern.compile("\\b(WARN|ERROR)\\b|^WARNING|^SLF4J\\(W\\)|Exception");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Path home;
    private PackagedStrata strata;
    private int port;
    private int boltPort;
    private int neo4jHttpPort;
    private String bootstrapToken;
    private List<String> startConsole = List.of();

    @BeforeAll
    void launchTheJarAsTheReadmeSays() throws Exception {
        home = Files.createTempDirectory("strata-jar");
        port = PackagedStrata.freePort();
        boltPort = PackagedStrata.freePort();
        neo4jHttpPort = PackagedStrata.freePort();
        bootstrapToken = readmeExport("STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN");
        assertThat(ReadmeCommands.all()).as("the README's launch command").contains(README_LAUNCH);
        Map<String, String> env = Map.of(
                "STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN",
                bootstrapToken,
                "STRATA_PORT",
                String.valueOf(port),
                "STRATA_NEO4J_EMBEDDED_BOLT_PORT",
                String.valueOf(boltPort),
                "STRATA_NEO4J_EMBEDDED_HTTP_PORT",
                String.valueOf(neo4jHttpPort));
        strata = PackagedStrata.launch(home, env, List.of(PackagedStrata.UNSAFE_FLAG), List.of());
        strata.awaitReady(Duration.ofMinutes(4));
        startConsole = strata.consoleLines();
    }

    @AfterAll
    void killIfStillRunning() {
        if (strata != null && strata.alive()) {
            strata.kill();
        }
    }

    @Test
    @Order(1)
    void theFirstStartPrintsWhatAUserNeedsAndNoWarningTheyCannotActOn() throws IOException {
        assertThat(unexpectedWarnings(startConsole))
                .as("console of the first start:\n%s", String.join("\n", startConsole))
                .isEmpty();
        assertThat(startConsole.size())
                .as("lines of the first start:\n%s", String.join("\n", startConsole))
                .isLessThanOrEqualTo(50);
        assertThat(String.join("\n", startConsole))
                .contains(
                        "Dashboard        : http://127.0.0.1:" + port + "/",
                        "GraphiQL         : http://127.0.0.1:" + port + "/graphiql",
                        "Neo4j Browser    : http://127.0.0.1:" + neo4jHttpPort + "/browser/",
                        "Bolt URI         : bolt://127.0.0.1:" + boltPort + "/",
                        "Neo4j login      : user neo4j, password in "
                                + home.resolve("data/neo4j/neo4j-password").toRealPath(),
                        "Loaded the demo landscape");
    }

    @Test
    @Order(2)
    void neo4jBrowserIsServedFromTheJarOffersTheRealBoltPortAndRunsAQueryAfterLogin() throws Exception {
        HttpResponse<String> discovery = get("http://127.0.0.1:" + neo4jHttpPort + "/", "application/json");
        assertThat(discovery.body()).contains("\"bolt_direct\":\"bolt://127.0.0.1:" + boltPort + "\"");
        assertThat(get("http://127.0.0.1:" + neo4jHttpPort + "/browser/", "text/html")
                        .statusCode())
                .isEqualTo(200);
        assumeThat(HeadlessChromium.available()).as("Chromium and chromedriver").isTrue();
        long teams;
        try (Driver driver = GraphDatabase.driver(
                        "bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", neo4jPassword()));
                var session = driver.session()) {
            teams = session.run("MATCH (t:Team) RETURN count(t)")
                    .single()
                    .get(0)
                    .asLong();
        }
        HeadlessChromium chromium = HeadlessChromium.start();
        try {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get("http://127.0.0.1:" + neo4jHttpPort + "/browser/");
            WebElement address = wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=boltaddress]")));
            assertThat(address.getDomProperty("value")).isEqualTo("127.0.0.1:" + boltPort);
            browser.findElement(By.cssSelector("[data-testid=username]")).sendKeys("neo4j");
            browser.findElement(By.cssSelector("[data-testid=password]")).sendKeys(neo4jPassword());
            browser.findElement(By.cssSelector("[data-testid=connect]")).click();
            WebElement editor = wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=activeEditor] textarea")));
            // Browser runs a query typed before its connection is ready into "No connection found".
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=stream]"), "You are connected as user neo4j"));
            editor.sendKeys("MATCH (t:Team) RETURN count(t) AS teams");
            browser.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//td[contains(@class, 'relatable__table-body-cell') and normalize-space() = '" + teams + "']")));
            screenshot(browser, "neo4j-browser");
        } catch (RuntimeException | AssertionError e) {
            failureScreenshot(chromium.driver(), "neo4j-browser");
            throw e;
        } finally {
            chromium.stop();
        }
    }

    @Test
    @Order(3)
    void graphiqlRunsTheReadmesFirstExampleWithTheInternetUnreachable() throws Exception {
        assumeThat(HeadlessChromium.available()).as("Chromium and chromedriver").isTrue();
        HeadlessChromium chromium = HeadlessChromium.start();
        try {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://127.0.0.1:" + port + "/graphiql");
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-tabs"), "TheStack"));
            assertThat(browser.findElement(By.cssSelector(".graphiql-tabs")).getText())
                    .contains("ACapability", "BlastRadius", "CreateCapability");
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".graphiql-response"), "\"crossCutting\""));
            assertThat(browser.findElement(By.cssSelector(".graphiql-response")).getText())
                    .contains("\"key\": \"infrastructure\"")
                    .doesNotContain("\"errors\"");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(loaded)
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith("http://127.0.0.1:" + port + "/"));
            screenshot(browser, "graphiql");
        } catch (RuntimeException | AssertionError e) {
            failureScreenshot(chromium.driver(), "graphiql");
            throw e;
        } finally {
            chromium.stop();
        }
    }

    @Test
    @Order(4)
    void theReadmesCommandsRunAsWrittenAgainstTheJar() throws Exception {
        Path sandbox = Files.createTempDirectory("strata-readme");
        Path project = Path.of("").toAbsolutePath();
        Files.createSymbolicLink(sandbox.resolve("target"), project.resolve("target"));
        Files.createSymbolicLink(sandbox.resolve("src"), project.resolve("src"));
        Map<String, String> env = new HashMap<>();
        env.put("STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN", bootstrapToken);
        // The README's `java` is a JDK 21+ (it says so): this build's.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        List<String> ran = new ArrayList<>();
        for (String command : ReadmeCommands.all()) {
            String checked = check(command, sandbox, env);
            ran.add(checked + ": " + command);
        }
        assertThat(ran)
                .anyMatch(line -> line.startsWith("ran: java -jar target/strata.jar plan landscape/"))
                .anyMatch(line -> line.startsWith("ran: curl"));
        assertThat(sandbox.resolve("landscape/landscape/demo/capabilities.yaml"))
                .exists();
    }

    @Test
    @Order(5)
    void theBootstrapTokenIsInNoFileOfTheDataOrRuntimeFolders() throws Exception {
        Path data = home.resolve("data");
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .as("Neo4j's debug.log, which records the JVM's command line, is among the files searched")
                .anyMatch(file -> file.getFileName().toString().equals("debug.log"));
        byte[] token = bootstrapToken.getBytes(StandardCharsets.UTF_8);
        for (Path file : files) {
            assertThat(indexOf(Files.readAllBytes(file), token))
                    .as("the token in %s", file)
                    .isNegative();
        }
        assertThat(strata.console()).doesNotContain(bootstrapToken);
    }

    @Test
    @Order(6)
    void itStopsCleanlyOnSigterm() throws Exception {
        int before = strata.consoleLines().size();
        int exit = strata.stop(Duration.ofSeconds(60));
        List<String> stopping =
                strata.consoleLines().subList(before, strata.consoleLines().size());
        assertThat(exit).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
        assertThat(unexpectedWarnings(stopping))
                .as("console of the stop:\n%s", String.join("\n", stopping))
                .isEmpty();
        assertThat(String.join("\n", stopping)).contains("Stopping embedded Neo4j", "Embedded Neo4j stopped");
    }

    /** Checks one README command as written: runs it, or says why it is checked elsewhere. */
    private String check(String command, Path sandbox, Map<String, String> env) throws Exception {
        if (command.equals(README_LAUNCH)) {
            return "launched by this test";
        }
        if (command.startsWith("mvn ")) {
            MavenCommand.check(command);
            return "checked (goals, profiles and test classes exist; mvn verify runs this test)";
        }
        if (command.startsWith("export ")) {
            String[] assignment = command.substring("export ".length()).split("=", 2);
            env.put(
                    assignment[0],
                    assignment[1].equals("<editor token>")
                            ? editorToken()
                            : env.getOrDefault(
                                    assignment[0],
                                    bash("printf '%s' " + assignment[1], sandbox, env)
                                            .output()));
            return "exported";
        }
        if (command.equals("java -jar target/strata.jar validate target/landscape-S")) {
            return "skipped: validates the files the benchmark command above it writes (mvn -Pbench, not run here)";
        }
        if (command.equals("cp .env.example .env")) {
            assertThat(Path.of(".env.example")).exists();
            return "checked (.env.example exists)";
        }
        if (command.equals("docker compose up")) {
            return "skipped: no Docker engine here; DockerComposeTest checks docker-compose.yml";
        }
        if (command.startsWith("java -jar target/strata.jar ") || command.startsWith("curl ")) {
            String here = command.replace("127.0.0.1:8080", "127.0.0.1:" + port)
                    .replace("localhost:8080", "localhost:" + port);
            Shell result = bash(here, sandbox, env);
            assertThat(result.exit())
                    .as("exit code of %s:\n%s", command, result.output())
                    .isZero();
            if (command.startsWith("curl ")) {
                JsonNode answer = JSON.readTree(result.output());
                assertThat(answer.has("errors")).as(result.output()).isFalse();
                assertThat(answer.get("data").isNull()).as(result.output()).isFalse();
            }
            return "ran";
        }
        throw new AssertionError("The README has a command this test does not know how to check: " + command
                + " (teach PackagedJarIT.check)");
    }

    /** An editor token, as the README's curl command creates one, for the README's {@code <editor token>}. */
    private String editorToken() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Authorization", "Bearer " + bootstrapToken)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"query\":\"mutation { createApiToken(input: {name: \\\"readme-editor\\\","
                                                + " role: EDITOR}) { secret } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(created.body()).at("/data/createApiToken/secret").asString();
    }

    /** The value the README's {@code export NAME=...} line gives, evaluated by bash as a reader's shell would. */
    private static String readmeExport(String name) throws Exception {
        for (String command : ReadmeCommands.all()) {
            if (command.startsWith("export " + name + "=")) {
                return bash(
                                "printf '%s' " + command.substring(("export " + name + "=").length()),
                                Path.of("."),
                                Map.of())
                        .output();
            }
        }
        throw new AssertionError("the README no longer exports " + name);
    }

    private static List<String> unexpectedWarnings(List<String> lines) {
        return lines.stream()
                .filter(line -> WARNING.matcher(line).find())
                .filter(line -> ALLOWED.keySet().stream().noneMatch(line::contains))
                .toList();
    }

    private String neo4jPassword() throws IOException {
        return Files.readString(home.resolve("data/neo4j/neo4j-password")).strip();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.copy(
                ((org.openqa.selenium.TakesScreenshot) browser)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath(),
                HeadlessChromium.SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the browser showed when a check failed, in target/ (not the documentation's folder). */
    private static void failureScreenshot(WebDriver browser, String name) throws IOException {
        Path failures = Path.of("target", "failed-screenshots");
        Files.createDirectories(failures);
        Files.copy(
                ((org.openqa.selenium.TakesScreenshot) browser)
                        .getScreenshotAs(OutputType.FILE)
                        .toPath(),
                failures.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(failures.resolve(name + ".html"), browser.getPageSource());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    record Shell(int exit, String output) {}

    static Shell bash(String command, Path directory, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Shell(process.waitFor(), output);
    }

    /** Maven commands of the README: what they name must exist (running Maven inside Maven is ReadmeRunCommandIT's). */
    static final class MavenCommand {
        private static final Pattern PROFILE = Pattern.compile("-P(\\S+)");
        private static final Pattern TEST_CLASS = Pattern.compile("-D(?:it\\.)?test=(\\w+)");

        static void check(String command) throws IOException {
            String pom = Files.readString(Path.of("pom.xml"));
            Matcher profile = PROFILE.matcher(command);
            while (profile.find()) {
                assertThat(pom).as("profile of %s", command).contains("<id>" + profile.group(1) + "</id>");
            }
            Matcher test = TEST_CLASS.matcher(command);
            while (test.find()) {
                if (!test.group(1).equals("none")) {
                    try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
                        assertThat(sources.anyMatch(
                                        p -> p.getFileName().toString().equals(test.group(1) + ".java")))
                                .as("test class of %s", command)
                                .isTrue();
                    }
                }
            }
            List<String> goals = Stream.of(command.replaceAll("\"[^\"]*\"", "").split(" "))
                    .skip(1)
                    .filter(word -> !word.startsWith("-"))
                    .toList();
            assertThat(goals)
                    .as("goals of %s (a new one needs a check here)", command)
                    .isNotEmpty()
                    .isSubsetOf("spring-boot:run", "verify", "package");
        }
    }
}
