package dev.strata.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell commands of the README: every line of its {@code ```bash} blocks, continuation lines joined and trailing
 * comments removed, so that a test can run or check each one as written.
 */
final class ReadmeCommands {

    static final Path README = Path.of("README.md");

    private ReadmeCommands() {}

    static List<String> all() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(README)) {
            if (!inBash) {
                inBash = line.strip().equals("```bash");
                continue;
            }
            if (line.strip().equals("```")) {
                inBash = false;
                continue;
            }
            String code = withoutComment(line).stripTrailing();
            if (code.endsWith("\\")) {
                pending.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            pending.append(code);
            String command = pending.toString().strip().replaceAll("\\s+", " ");
            pending.setLength(0);
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** The line without a trailing {@code # comment} (a # outside quotes, after a blank). */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
