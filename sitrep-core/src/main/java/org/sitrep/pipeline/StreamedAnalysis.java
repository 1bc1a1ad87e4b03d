package org.sitrep.pipeline;

import org.sitrep.ingest.ArchiveReader;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Reports analysed as they are read: the reader hands each report over in the batch's order (so its id is the one
 * reading all first would give), and a pool of workers analyses it while the next are read. At most a few reports per
 * worker wait between the two, so a batch holds the bytes of those only, however large its inputs: a web archive of
 * a gigabyte is analysed in the heap one report needs. Outcomes keep the order of the reports.
 */
final class StreamedAnalysis implements ArchiveReader.Sink, AutoCloseable {
    /** Reports read ahead of the workers, per worker. */
    private static final int AHEAD_PER_WORKER = 4;

    private final Function<RawInput, Object> work;
    private final IntConsumer reportsRead;
    private final IntConsumer progress;
    private final ExecutorService pool;
    private final Semaphore window;
    private final AtomicInteger done = new AtomicInteger();
    private final List<Future<Object>> outcomes = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    /**
     * @param work        a report's analysis (never throws for a bad report: its outcome is then a notice)
     * @param threads     workers; with one, each report is analysed on the reading thread as it is read
     * @param reportsRead called with the number of reports read so far, as reading goes on
     * @param progress    called with the number of reports analysed so far (from worker threads)
     */
    StreamedAnalysis(Function<RawInput, Object> work, int threads, IntConsumer reportsRead, IntConsumer progress) {
        this.work = work;
        this.reportsRead = reportsRead;
        this.progress = progress;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sitrep-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.window = new Semaphore(Math.max(1, threads) * AHEAD_PER_WORKER);
    }

    /** A report read: analysed now, or by the next free worker once fewer than the window wait. */
    @Override
    public void page(RawInput raw) {
        sources.add(raw.source());
        if (pool == null) {
            outcomes.add(CompletableFuture.completedFuture(work.apply(raw)));
            progress.accept(done.incrementAndGet());
        } else {
            window.acquireUninterruptibly();
            outcomes.add(pool.submit(() -> {
                try {
                    return work.apply(raw);
                } finally {
                    window.release();
                    progress.accept(done.incrementAndGet());
                }
            }));
        }
        reportsRead.accept(outcomes.size());
    }

    /** A part of an input that holds no report: a notice of reading. */
    @Override
    public void notice(Notice notice) {
        notices.add(notice);
    }

    /** The notices of reading, in the order of the inputs. */
    List<Notice> readNotices() {
        return notices;
    }

    /** Every report's outcome, in the order they were read; waits for the workers. */
    List<Object> outcomes() {
        List<Object> out = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            try {
                out.add(outcomes.get(i).get());
            } catch (ExecutionException error) {
                out.add(Notice.failed(sources.get(i), "internal error: " + error.getCause()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                out.add(Notice.failed(sources.get(i), "interrupted"));
            }
            outcomes.set(i, null);
        }
        return out;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
