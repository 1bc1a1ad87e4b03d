package org.sitrep.cli;

import java.io.PrintStream;

/** A progress line on an interactive terminal, for runs long enough to need one. */
final class Progress {
    private final String what;
    private final boolean interactive;
    private volatile int total;
    private volatile boolean enabled;
    private final PrintStream err;
    private volatile long start = System.nanoTime();
    private volatile long lastPrint;

    Progress(String what, int total, boolean interactive, PrintStream err) {
        this(what, interactive, err);
        start(total);
    }

    /** A progress line whose total is known later ({@link #start}). */
    Progress(String what, boolean interactive, PrintStream err) {
        this.what = what;
        this.interactive = interactive;
        this.err = err;
    }

    /** Sets the total and starts the clock; the line shows only for runs of 50 or more. */
    void start(int total) {
        this.start = System.nanoTime();
        this.total = total;
        this.enabled = interactive && total >= 50;
    }

    /**
     * Sets the total of a run whose reports are counted as they are read, without restarting the clock: the line
     * shows once 50 are read.
     */
    void read(int total) {
        this.total = total;
        this.enabled = interactive && total >= 50;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint > 200_000_000L || done == total) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            synchronized (this) {
                err.printf("\rsitrep: %s %d/%d reports (%.0f/s)   ", what, done, total, done / Math.max(seconds, 1e-3));
            }
        }
    }

    void finish() {
        if (enabled) {
            err.println();
        }
    }
}
