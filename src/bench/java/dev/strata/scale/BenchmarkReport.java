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
     * A target of issue 19 for one row at the benchmark's scale: the statistic compared and its limit.
     *
     * @param statistic {@code median}, {@code p95} or {@code ratio} (reference median / engine median, at least the
     *                  limit)
     */
    public record Target(String statistic, double limit) {

        static @Nullable Target at(Scale scale, String statistic, double m, double l) {
            return switch (scale) {
                case S -> null;
                case M -> new Target(statistic, m);
                case L -> Double.isNaN(l) ? null : new Target(statistic, l);
            };
        }

        boolean met(Row row) {
            return switch (statistic) {
                case "median" -> row.engine().median() <= limit;
                case "p95" -> row.engine().p95() <= limit;
                case "ratio" -> row.ratio() != null && row.ratio() >= limit;
                default -> throw new IllegalStateException(statistic);
            };
        }

        @Override
        public String toString() {
            return statistic.equals("ratio")
                    ? String.format(Locale.ROOT, ">= %.0fx the reference", limit)
                    : statistic + " <= " + ms(limit) + " ms";
        }
    }

    /**
     * One measured question.
     *
     * @param engine  Strata's timings
     * @param cypher  the reference's timings on the same database; null when there is none or it timed out
     * @param check   {@code equal}, {@code DIFFERENT: ...}, {@code timeout ...} or {@code n/a}
     * @param target  what issue 19 asks of this row at this scale; null when nothing
     */
    public record Row(
            String question,
            Timings engine,
            @Nullable Timings cypher,
            String check,
            String note,
            @Nullable Target target) {

        public Row(String question, Timings engine, @Nullable Timings cypher, String check, String note) {
            this(question, engine, cypher, check, note, null);
        }

        Row withTarget(@Nullable Target newTarget) {
            return new Row(question, engine, cypher, check, note, newTarget);
        }

        /** Reference median / engine median; null without a reference timing. */
        public @Nullable Double ratio() {
            return cypher == null ? null : cypher.median() / Math.max(1e-6, engine.median());
        }

        public boolean failed() {
            return check.startsWith("DIFFERENT");
        }

        /**
         * Whether the engine is slower than the reference it replaces (a failure, like a different answer): by more
         * than timing noise, 10 % and 1 ms, so that two sub-millisecond figures of a small landscape do not decide it.
         */
        public boolean slowerThanReference() {
            return cypher != null && engine.median() > cypher.median() * 1.1 && engine.median() - cypher.median() > 1.0;
        }

        /** null without a target. */
        public @Nullable Boolean targetMet() {
            return target == null ? null : target.met(this);
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

    /** Whether no engine was slower than its reference. */
    public boolean noneSlower() {
        return rows.stream().noneMatch(Row::slowerThanReference);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (String line : machine) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n| question | engine median ms | engine p95 ms | runs | reference median ms | reference p95 ms "
                + "| runs | ratio | results | target (issue 19) | met | note |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |\n");
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
        Boolean met = row.targetMet();
        return "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |"
                .formatted(
                        row.question(),
                        ms(row.engine().median()),
                        ms(row.engine().p95()),
                        row.engine().runs(),
                        row.cypher() == null ? "-" : ms(row.cypher().median()),
                        row.cypher() == null ? "-" : ms(row.cypher().p95()),
                        row.cypher() == null ? "-" : String.valueOf(row.cypher().runs()),
                        ratio == null ? "-" : String.format(Locale.ROOT, "%.1fx", ratio),
                        row.check(),
                        row.target() == null ? "-" : row.target().toString(),
                        met == null ? "-" : met ? "yes" : "**no**",
                        row.note());
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }
}
