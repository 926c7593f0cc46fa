package dev.strata.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Shows how far long work has come on stderr, so stdout stays the result: on a terminal one bar redrawn in place,
 * otherwise (CI logs, pipes) a line when a step starts and then every few seconds. Each shows the step, units done
 * out of how many, the percentage and an estimate of the time left when one is known. Thread-safe: the upload
 * reports from the HTTP client's threads.
 */
final class ProgressReport {

    /** How progress is shown. */
    enum Mode {
        /** A bar on a terminal, lines otherwise. */
        AUTO,
        /** One line redrawn in place. */
        BAR,
        /** A line per step and then every few seconds. */
        LINES,
        /** Nothing. */
        OFF
    }

    private static final int WIDTH = 24;
    private static final long BAR_INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final Mode mode;
    private final long lineIntervalNanos;
    private @Nullable String step;
    private long lastShown;
    private int lastLength;

    ProgressReport(PrintStream err, Mode mode, boolean terminal, long lineIntervalMillis) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (terminal ? Mode.BAR : Mode.LINES) : mode;
        this.lineIntervalNanos = lineIntervalMillis * 1_000_000L;
    }

    /**
     * The current state: {@code step} (e.g. "writing"), {@code done} of {@code total} {@code unit}s (total 0 when
     * not known) and the seconds left when estimated.
     */
    synchronized void show(String step, long done, long total, String unit, @Nullable Double secondsLeft) {
        if (mode == Mode.OFF) {
            return;
        }
        long now = System.nanoTime();
        boolean newStep = !step.equals(this.step);
        if (!newStep && now - lastShown < (mode == Mode.BAR ? BAR_INTERVAL_NANOS : lineIntervalNanos)) {
            return;
        }
        lastShown = now;
        if (mode == Mode.BAR) {
            if (newStep && this.step != null) {
                err.println();
                lastLength = 0;
            }
            String line = bar(step, done, total, unit, secondsLeft);
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            err.println("strata: " + line(step, done, total, unit, secondsLeft));
        }
        err.flush();
        this.step = step;
    }

    /** Ends the display: the bar's line is finished so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (mode == Mode.BAR && step != null) {
            err.println();
        }
        step = null;
        lastLength = 0;
    }

    static String line(String step, long done, long total, String unit, @Nullable Double secondsLeft) {
        StringBuilder text = new StringBuilder(step);
        if (total > 0) {
            text.append(String.format(
                    Locale.ROOT, ": %,d of %,d %s (%d %%)", done, total, unit, Math.min(100, done * 100 / total)));
        } else if (done > 0) {
            text.append(String.format(Locale.ROOT, ": %,d %s", done, unit));
        }
        if (secondsLeft != null) {
            text.append(", about ").append(duration(secondsLeft)).append(" left");
        }
        return text.toString();
    }

    private static String bar(String step, long done, long total, String unit, @Nullable Double secondsLeft) {
        String name = String.format(Locale.ROOT, "%-16s", step);
        if (total <= 0) {
            return name + (done > 0 ? String.format(Locale.ROOT, " %,d %s", done, unit) : " ...");
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return name + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]"
                + String.format(Locale.ROOT, " %3d%%  %,d/%,d %s", Math.min(100, done * 100 / total), done, total, unit)
                + (secondsLeft == null ? "" : "  ~" + duration(secondsLeft) + " left");
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d:%02d min", whole / 60, whole % 60);
    }
}
