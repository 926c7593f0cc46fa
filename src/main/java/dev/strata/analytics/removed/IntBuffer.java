package dev.strata.analytics.removed;

/** A growable int list. */
final class IntBuffer {
    int[] values = new int[64];
    int size;

    void add(int value) {
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }
}
