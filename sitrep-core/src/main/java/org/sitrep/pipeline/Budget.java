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
    /** Time for one report, unless the batch says otherwise: some 20 times what a 5 MB report needs. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final Duration limit;
    private final long limitNanos;
    private final long start;

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

    /**
     * Stops the analysis on this thread when its budget is spent (a budget of zero is spent at the first check).
     *
     * @throws OverBudget when a budget is open on this thread and spent
     */
    public static void check() {
        Budget budget = CURRENT.get();
        if (budget != null && now() - budget.start >= budget.limitNanos) {
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
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
        }
    }
}
