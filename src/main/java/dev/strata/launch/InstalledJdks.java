package dev.strata.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Java installations on this machine, found where installers put them, with their feature version read from the
 * {@code release} file every JDK and JRE ships (no process is started to ask).
 */
final class InstalledJdks {

    private InstalledJdks() {}

    record Jdk(Path home, int feature) {
        Path java() {
            return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        }
    }

    /** Where to look, in order of preference: JAVA_HOME first, then the folders installers use. */
    static List<Path> candidates(Map<String, String> environment, Path userHome) {
        List<Path> candidates = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        for (Path folder : List.of(
                Path.of("/usr/lib/jvm"),
                Path.of("/opt/java"),
                Path.of("/usr/java"),
                Path.of("/Library/Java/JavaVirtualMachines"),
                userHome.resolve(".sdkman/candidates/java"),
                userHome.resolve(".jdks"))) {
            candidates.addAll(children(folder));
        }
        return candidates;
    }

    /**
     * JAVA_HOME when it is new enough, otherwise the newest installation of at least the required feature version.
     */
    static Optional<Jdk> find(int required, List<Path> candidates) {
        List<Jdk> usable = new ArrayList<>();
        for (Path candidate : candidates) {
            Optional<Jdk> jdk = inspect(candidate);
            if (jdk.isPresent()
                    && jdk.get().feature() >= required
                    && Files.isExecutable(jdk.get().java())) {
                usable.add(jdk.get());
            }
        }
        if (!usable.isEmpty() && !candidates.isEmpty() && usable.get(0).home().equals(candidates.get(0))) {
            return Optional.of(usable.get(0));
        }
        return usable.stream().max(Comparator.comparingInt(Jdk::feature));
    }

    private static Optional<Jdk> inspect(Path candidate) {
        // macOS bundles keep the home one level down.
        Path home =
                Files.isDirectory(candidate.resolve("Contents/Home")) ? candidate.resolve("Contents/Home") : candidate;
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                            .map(feature -> new Jdk(home, feature));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "25.0.1" is 25, "21" is 21, "1.8.0_402" is 8. */
    static Optional<Integer> feature(String version) {
        String[] parts = version.trim().split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
