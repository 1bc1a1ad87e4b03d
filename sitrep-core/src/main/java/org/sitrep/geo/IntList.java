package org.sitrep.geo;

import java.util.Arrays;

/** A growable list of ints, for building postings without boxing. */
final class IntList {
    private int[] items = new int[2];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
