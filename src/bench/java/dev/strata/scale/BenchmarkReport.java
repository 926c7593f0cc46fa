package dev.strata.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The benchmark's table, its notes and the machine it ran on, as Markdown. */
public final class BenchmarkReport {

    /**
     * One measured question.
     *
     * @param engine  Strata's timings
     * @param cypher  the reference Cypher's timings on the same database; null when there is none or it timed out
     * @param check   {@code equal}, {@code DIFFERENT: ...}, {@code timeout ...} or {@code n/a}
     */
    public record Row(String question, Timings engine, @Nullable Timings cypher, String check, String note) {

        /** Cypher median / engine median; null without a Cypher timing. */
        public @Nullable Double ratio() {
            return cypher == null ? null : cypher.median() / Math.max(1e-6, engine.median());
        }

        public boolean failed() {
            return check.startsWith("DIFFERENT");
        }
    }

    private final String title;
    private final List<String> machine = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchmarkReport(String title) {
        this.title = title;
    }

    void machine(String line) {
        machine.add(line);
    }

    void add(Row row) {
        rows.add(row);
        System.out.println(line(row));
    }

    void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Whether every compared result was equal (timeouts and n/a do not count as differences). */
    public boolean allEqual() {
        return rows.stream().noneMatch(Row::failed);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (String line : machine) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n| question | engine median ms | engine p95 ms | runs | Cypher median ms | Cypher p95 ms | runs "
                + "| ratio | results | note |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Row row : rows) {
            md.append(line(row)).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            for (String note : notes) {
                md.append("- ").append(note).append('\n');
            }
        }
        return md.toString();
    }

    Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Row row) {
        Double ratio = row.ratio();
        return "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s |".formatted(row.question(),
                ms(row.engine().median()), ms(row.engine().p95()), row.engine().runs(),
                row.cypher() == null ? "-" : ms(row.cypher().median()),
                row.cypher() == null ? "-" : ms(row.cypher().p95()),
                row.cypher() == null ? "-" : String.valueOf(row.cypher().runs()),
                ratio == null ? "-" : String.format(Locale.ROOT, "%.1fx", ratio), row.check(), row.note());
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis)
                : String.format(Locale.ROOT, "%.2f", millis);
    }
}
