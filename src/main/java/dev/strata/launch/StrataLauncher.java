package dev.strata.launch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Starts Strata on Java 21 or newer whatever {@code java} runs the jar: {@code java -jar strata.jar} on a machine whose
 * default java is 17 finds an installed JDK 21+ ({@link InstalledJdks}) and runs the same jar, JVM options and
 * arguments on it, passing the console through and returning its exit code; without one, a single line says what to
 * install. This is the command-line twin of the Maven toolchain that builds the project on such machines.
 */
public final class StrataLauncher {

    static final int REQUIRED_FEATURE = 21;
    private static final String APPLICATION = "dev.strata.StrataApplication";
    // Neo4j uses sun.misc.Unsafe; JDK 24+ warns on its first use unless allowed (JDK 21 ignores the property).
    private static final String ALLOW_UNSAFE = "-Dsun.misc.unsafe.memory.access=allow";

    private StrataLauncher() {}

    public static void main(String[] args) throws Exception {
        int feature = Runtime.version().feature();
        if (feature >= REQUIRED_FEATURE) {
            // Reflection: a direct call would make this class, compiled for 17, link against classes compiled for 21.
            Class.forName(APPLICATION).getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        Optional<InstalledJdks.Jdk> jdk = InstalledJdks.find(
                REQUIRED_FEATURE, InstalledJdks.candidates(System.getenv(), Path.of(System.getProperty("user.home"))));
        Path jar = runningJar();
        if (jdk.isEmpty() || jar == null) {
            System.err.println(missingJdkMessage(feature));
            System.exit(1);
            return;
        }
        System.exit(relaunch(jdk.get(), jar, args));
    }

    static String missingJdkMessage(int feature) {
        return "strata: needs Java " + REQUIRED_FEATURE + " or newer, this java is " + feature + ", and no JDK "
                + REQUIRED_FEATURE + "+ was found (JAVA_HOME, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks): install"
                + " one (e.g. apt-get install openjdk-21-jre-headless, or Temurin from adoptium.net), or run the jar"
                + " with its java";
    }

    private static int relaunch(InstalledJdks.Jdk jdk, Path jar, String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.add(ALLOW_UNSAFE);
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // A SIGTERM to this process stops the server too, the way it would stop a server run directly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
        return child.waitFor();
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The jar this JVM runs ({@code java -jar}), or null when started otherwise (an IDE, spring-boot:run). */
    private static @Nullable Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(System.getProperty("path.separator"))) {
            Path jar = Path.of(classPath).toAbsolutePath();
            return Files.isRegularFile(jar) ? jar : null;
        }
        return null;
    }
}
