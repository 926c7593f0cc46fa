package dev.strata.scale;

import java.util.Arrays;
import java.util.function.Supplier;

/** Wall times in milliseconds of repeated runs, sorted; median and p95 (nearest rank). */
record Timings(double[] millis) {

    Timings {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    static Timings of(double... millis) {
        return new Timings(millis);
    }

    /** Runs {@code warmUp} times unmeasured, then {@code runs} times measured. */
    static Timings measure(int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timings(times);
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    Timings plus(Timings other) {
        double[] all = Arrays.copyOf(millis, millis.length + other.millis.length);
        System.arraycopy(other.millis, 0, all, millis.length, other.millis.length);
        return new Timings(all);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    int runs() {
        return millis.length;
    }

    private double percentile(int p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }
}
