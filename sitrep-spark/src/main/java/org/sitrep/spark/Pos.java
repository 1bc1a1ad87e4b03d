package org.sitrep.spark;

import java.io.Serializable;

/**
 * Where a fact stands in the order the command line reads a batch: its report's place in the inputs ({@link #report},
 * the input file's index in the high 32 bits and the report's place within the file in the low 32), then its place
 * within the report. Sorting by it gives every list of the picture the command line's order.
 */
record Pos(long report, int index) implements Serializable, Comparable<Pos> {

    /** The report order of the {@code seq}-th report read from input file {@code file}. */
    static long order(int file, int seq) {
        return ((long) file << 32) | (seq & 0xffffffffL);
    }

    @Override
    public int compareTo(Pos o) {
        int c = Long.compare(report, o.report);
        return c != 0 ? c : Integer.compare(index, o.index);
    }
}
