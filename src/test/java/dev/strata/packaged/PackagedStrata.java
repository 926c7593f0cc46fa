package dev.strata.packaged;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code target/strata.jar} run as a user runs it ({@code java -jar}, the README's JVM flag), in its own process and
 * working directory, its console captured to a file. Failsafe runs after {@code package}, so the jar is the one this
 * build produced.
 */
final class PackagedStrata {

    static final Path JAR = Path.of("target", "strata.jar").toAbsolutePath();
    /** The README's launch flag (Neo4j uses sun.misc.Unsafe; this keeps JDK 24+ from warning about it). */
    static final String UNSAFE_FLAG = "-Dsun.misc.unsafe.memory.access=allow";

    private final Process process;
    private final Path console;
    private final Path workDirectory;

    private PackagedStrata(Process process, Path console, Path workDirectory) {
        this.process = process;
        this.console = console;
        this.workDirectory = workDirectory;
    }

    /** Starts {@code java <jvmFlags> -jar strata.jar <args>} in {@code workDirectory} with {@code env} added. */
    static PackagedStrata launch(Path workDirectory, Map<String, String> env, List<String> jvmFlags, List<String> args)
            throws IOException {
        return launch(Path.of(System.getProperty("java.home"), "bin", "java"), workDirectory, env, jvmFlags, args);
    }

    /**
     * The same with another {@code java}, and without JAVA_HOME in the environment, as on a machine where nobody set
     * it (an entry of {@code env} still wins).
     */
    static PackagedStrata launch(
            Path java, Path workDirectory, Map<String, String> env, List<String> jvmFlags, List<String> args)
            throws IOException {
        if (Files.notExists(JAR)) {
            fail(JAR
                    + " does not exist: run the integration tests through Maven (mvn verify), which packages it first");
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        Path console = workDirectory.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        if (!java.startsWith(Path.of(System.getProperty("java.home")))) {
            builder.environment().remove("JAVA_HOME");
        }
        builder.environment().putAll(env);
        return new PackagedStrata(builder.start(), console, workDirectory);
    }

    /** Runs a command of the jar to its end and returns its exit code; the output is {@link #console()}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the jar did not exit within " + timeout + "; console:\n" + console());
        }
        return process.exitValue();
    }

    /** Waits for the start banner; fails with the console when the process dies or takes too long. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!console().contains("Strata is ready")) {
            if (!process.isAlive()) {
                fail("the jar exited with " + process.exitValue() + " before it was ready; console:\n" + console());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("the jar was not ready within " + timeout + "; console:\n" + console());
            }
            Thread.sleep(250);
        }
        Thread.sleep(500); // the banner's last lines
    }

    /** Stops it as a service manager or Ctrl-C does (SIGTERM) and returns the exit code. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    void kill() {
        process.destroyForcibly();
    }

    boolean alive() {
        return process.isAlive();
    }

    String console() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> consoleLines() {
        return console().lines().toList();
    }

    Path workDirectory() {
        return workDirectory;
    }

    /** A free port on loopback that is none of the defaults (8080, 7474, 7687). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
