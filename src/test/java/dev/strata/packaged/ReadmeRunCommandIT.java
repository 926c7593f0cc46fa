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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's run command on a machine as it comes (issue 18's "Done when"): the project copied to a fresh folder
 * (like a clone: no target/, no data/), {@code mvn spring-boot:run} run there with {@code JAVA_HOME} unset and the
 * system's default {@code java} first on the PATH (17 on these machines, so the build must find a JDK 21+ itself),
 * ports moved through the environment only. The demo must appear in the dashboard in headless Chromium. Skipped
 * without Maven on the system PATH or without Chromium.
 */
@OwnProcessTest
class ReadmeRunCommandIT {

    private static final String SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", "data", ".git", "landscape", ".idea");
    private static final Path SCREENSHOTS = Path.of("src", "docs", "screenshots");
    private static final Pattern JAVA_VERSION = Pattern.compile("Starting StrataApplication using Java (\\d+)");

    @TempDir
    Path clone;

    @Test
    void mvnSpringBootRunBringsUpStrataWithTheDemoOnTheDefaultJava() throws Exception {
        assumeThat(Stream.of(SYSTEM_PATH.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "mvn"))))
                .as("mvn on the system PATH")
                .isTrue();
        assumeThat(HeadlessChromium.available()).as("Chromium and chromedriver").isTrue();
        copyProject(Path.of("").toAbsolutePath(), clone);
        int port = PackagedStrata.freePort();
        Path console = clone.resolve("console.log");
        // As in README "Run it"; -B only keeps colour codes out of the captured console.
        ProcessBuilder builder = new ProcessBuilder("mvn", "-B", "spring-boot:run")
                .directory(clone.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", SYSTEM_PATH);
        builder.environment().put("STRATA_PORT", String.valueOf(port));
        builder.environment().put("STRATA_NEO4J_EMBEDDED_BOLT_PORT", String.valueOf(PackagedStrata.freePort()));
        builder.environment().put("STRATA_NEO4J_EMBEDDED_HTTP_PORT", String.valueOf(PackagedStrata.freePort()));
        Process maven = builder.start();
        try {
            awaitReady(maven, console, Duration.ofMinutes(10));
            String output = Files.readString(console);
            Matcher java = JAVA_VERSION.matcher(output);
            assertThat(java.find())
                    .as("the start line names the JVM:\n%s", output)
                    .isTrue();
            assertThat(Integer.parseInt(java.group(1)))
                    .as("the application's JVM")
                    .isGreaterThanOrEqualTo(21);
            int systemJava = systemJavaVersion();
            if (systemJava < 21) {
                assertThat(output)
                        .as("Maven on the default java %s selects a JDK 21+", systemJava)
                        .contains("Maven runs on Java " + systemJava, "Toolchain in maven-compiler-plugin: JDK[");
            }
            long platforms = JsonMapper.builder()
                    .build()
                    .readTree(HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"query\":\"{ platforms { totalCount } }\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .at("/data/platforms/totalCount")
                    .asLong();
            assertThat(platforms).as("the demo's platforms").isPositive();
            HeadlessChromium chromium = HeadlessChromium.start();
            try {
                WebDriver browser = chromium.driver();
                browser.get("http://127.0.0.1:" + port + "/");
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(driver -> driver.findElements(By.cssSelector("article[data-platform]"))
                                        .size()
                                == platforms);
                assertThat(browser.findElements(By.cssSelector("article[data-platform='ai-toolbox']")))
                        .hasSize(1);
            } finally {
                chromium.stop();
            }
        } finally {
            stop(maven);
        }
    }

    /** The feature version of the {@code java} first on the system PATH (what Maven runs on here). */
    private static int systemJavaVersion() throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder("java", "-XshowSettings:properties", "-version").redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", SYSTEM_PATH);
        Process java = builder.start();
        String settings = new String(java.getInputStream().readAllBytes());
        java.waitFor();
        Matcher version =
                Pattern.compile("java\\.specification\\.version = (\\d+)").matcher(settings);
        assertThat(version.find()).as(settings).isTrue();
        return Integer.parseInt(version.group(1));
    }

    private static void awaitReady(Process maven, Path console, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.readString(console).contains("Strata is ready")) {
            assertThat(maven.isAlive())
                    .as("mvn spring-boot:run ended before Strata was ready:\n%s", Files.readString(console))
                    .isTrue();
            assertThat(Instant.now())
                    .as("Strata not ready within %s:\n%s", timeout, Files.readString(console))
                    .isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** Stops the application Maven forked first (SIGTERM, as Ctrl-C would), then Maven. */
    private static void stop(Process maven) throws InterruptedException {
        List<ProcessHandle> children = maven.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            child.onExit()
                    .completeOnTimeout(child, 60, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
            child.destroyForcibly();
        }
        maven.destroy();
        if (!maven.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            maven.destroyForcibly();
        }
    }

    /** The project's files as a fresh clone has them: nothing built, no database, no local state. */
    private static void copyProject(Path project, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.toList()) {
                Path relative = project.relativize(file);
                if (relative.getNameCount() > 0
                        && NOT_IN_A_CLONE.contains(relative.getName(0).toString())) {
                    continue;
                }
                if (relative.startsWith(SCREENSHOTS)) {
                    continue; // rewritten by the browser tests running beside this one, and not needed to run
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    try {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.NoSuchFileException replacedMeanwhile) {
                        // a file another test rewrote while the walk passed it: not part of a clone's sources
                    }
                }
            }
        }
    }
}
