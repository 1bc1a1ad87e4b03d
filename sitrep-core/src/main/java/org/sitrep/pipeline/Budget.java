package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The processor time the analysis of one report may take: the safety net under the stages' own bounds, so
 * that one input no stage foresaw cannot stall a batch. {@link BatchAnalyzer} opens a budget on the thread that
 * analyses a report; the pipeline checks it between stages, and the stages whose work grows with the text check
 * it once per paragraph or sentence ({@link #check()}). Past the limit the next check throws {@link OverBudget}
 * and the report is given up as too costly; the thread is free for the next one at once, never abandoned.
 *
 * <p>The time counted is the analysing thread's processor time where the JVM measures it, so that a batch
 * sharing few cores among many threads does not push its reports over; else the time on the clock. A thread
 * with no budget open is never stopped.
 */
public final class Budget implements AutoCloseable {
    /** Time for each {@link #PER_BYTES} of a report, unless the batch says otherwise: some 4 times what it needs. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);
    /**
     * The share of a report one limit covers: a larger report gets as many times the limit as it is larger (a
     * 50 MB report ten times), since the analysis is linear in the text and reports up to
     * {@code InputReader.DEFAULT_MAX_BYTES} are read.
     */
    public static final long PER_BYTES = 5L * 1024 * 1024;

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final Duration limit;
    private final long limitNanos;
    private final long start;
    /** Checks left before the clock is read again: reading a thread's processor time costs a system call. */
    private int untilClock;
    private static final int CHECKS_PER_CLOCK = 16;

    private Budget(Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        this.start = now();
    }

    /** Opens a budget of {@code limit} on this thread; close it when the report is done. */
    public static Budget open(Duration limit) {
        Budget budget = new Budget(limit);
        CURRENT.set(budget);
        return budget;
    }

    /** The limit for a report of {@code bytes}: {@code limit} for each {@link #PER_BYTES} of it, at least once. */
    public static Duration forSize(Duration limit, long bytes) {
        return bytes <= PER_BYTES ? limit : Duration.ofNanos(Math.round(limit.toNanos() * ((double) bytes / PER_BYTES)));
    }

    /**
     * Stops the analysis on this thread when its budget is spent (a budget of zero is spent at the first check).
     *
     * @throws OverBudget when a budget is open on this thread and spent
     */
    public static void check() {
        Budget budget = CURRENT.get();
        if (budget == null || --budget.untilClock > 0) {
            return; // the first check reads the clock, then one in CHECKS_PER_CLOCK
        }
        budget.untilClock = CHECKS_PER_CLOCK;
        if (now() - budget.start >= budget.limitNanos) {
            throw new OverBudget(budget.limit);
        }
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A report whose analysis spent its budget; the message says the limit. */
    public static final class OverBudget extends RuntimeException {
        private final Duration limit;

        OverBudget(Duration limit) {
            super("too costly to analyse (over " + seconds(limit) + ")", null, false, false);
            this.limit = limit;
        }

        public Duration limit() {
            return limit;
        }

        private static String seconds(Duration d) {
            long millis = d.toMillis();
            return millis > 0 && millis < 1000 ? millis / 1000.0 + " s" : Math.round(millis / 1000.0) + " s";
        }
    }
}
