package dev.strata.analytics.snapshot;

import java.util.Arrays;

/**
 * Database node references to snapshot indexes: an open-addressing hash map of primitive longs to ints, so a
 * million nodes cost two arrays instead of a million boxed entries.
 */
final class NodeReferences {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = filled(1 << 12);
    private int[] values = new int[1 << 12];
    private int size;

    void put(long reference, int index) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(reference, keys.length);
        while (keys[slot] != EMPTY && keys[slot] != reference) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = reference;
        values[slot] = index;
    }

    /** The index of a reference, or -1. */
    int get(long reference) {
        int slot = slot(reference, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == reference) {
                return values[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long reference, int capacity) {
        long mixed = reference * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (capacity - 1);
    }

    private static long[] filled(int capacity) {
        long[] array = new long[capacity];
        Arrays.fill(array, EMPTY);
        return array;
    }
}
