package org.sitrep.pipeline;

import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.source.BatchDating;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Reads and analyses a batch of inputs on a pool of threads sharing one {@link Pipeline}. Reading comes first:
 * the inputs are loaded on the pool, then each is turned, in order, into the reports it holds (one, or one per
 * article of a file of scraped articles), so the ids are unique within the batch and the same on every run. A
 * failing input, or line of one, becomes a notice; the others are still analysed. Results keep the order of the
 * inputs. Then the batch dates the reports whose own words leave their day open ({@link BatchDating}).
 *
 * <p>Each report is analysed within a {@link Budget} of processor time; one that spends it, or that runs the
 * JVM out of memory, is given up with a notice naming it, and the rest of the batch goes on.
 */
public final class BatchAnalyzer {
    private static final String TOO_BIG_TO_READ = "too large to read (out of memory)";
    private final Pipeline pipeline;
    private final InputReader reader;
    private final int threads;
    private final boolean keepStackTraces;
    private final Duration budget;

    public BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces) {
        this(pipeline, reader, threads, keepStackTraces, Budget.DEFAULT);
    }

    /** @param budget the processor time one report may take, for each 5 MB of it ({@link Budget#forSize}) */
    public BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces, Duration budget) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.keepStackTraces = keepStackTraces;
        this.budget = budget;
    }

    /**
     * Reads and analyses every input.
     *
     * @param inputs   what to read
     * @param progress called with the number of reports analysed so far (from worker threads)
     */
    public Analysis analyze(List<InputRef> inputs, IntConsumer progress) {
        return analyze(read(inputs), progress);
    }

    /**
     * Reads every input into the reports it holds, ids unique within the batch (first come, first served, in the
     * order of the inputs: {@code report}, {@code report-2}).
     */
    public InputBatch read(List<InputRef> inputs) {
        List<Object> loaded = onPool(inputs, ref -> {
            try {
                return reader.load(ref);
            } catch (InputException error) {
                return Notice.failed(ref.source(), error.getMessage());
            } catch (OutOfMemoryError error) {
                return Notice.failed(ref.source(), TOO_BIG_TO_READ);
            }
        }, ref -> ref.source(), n -> { });
        IdAllocator ids = new IdAllocator();
        List<RawInput> raws = new ArrayList<>(inputs.size());
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputRef ref = inputs.get(i);
            Object bytes = loaded.set(i, null); // the bytes live on in the batch's inputs only
            if (bytes instanceof Notice failed) {
                notices.add(failed);
                continue;
            }
            try {
                InputBatch expanded = reader.expand((byte[]) bytes, ref.source(), ref.fileName(), ids);
                raws.addAll(expanded.inputs());
                notices.addAll(expanded.notices());
            } catch (InputException error) {
                notices.add(Notice.failed(ref.source(), error.getMessage()));
            } catch (OutOfMemoryError error) {
                notices.add(Notice.failed(ref.source(), TOO_BIG_TO_READ));
            } catch (RuntimeException error) {
                if (keepStackTraces) {
                    error.printStackTrace();
                }
                notices.add(Notice.failed(ref.source(), "internal error while reading: " + error));
            }
        }
        return new InputBatch(raws, notices);
    }

    /**
     * Analyses inputs already read ({@link #read}, or {@link InputReader#expand} on a request body); the batch's
     * notices come first in the analysis, then a notice for each input that could not be analysed.
     *
     * @param progress called with the number of reports analysed so far (from worker threads)
     */
    public Analysis analyze(InputBatch batch, IntConsumer progress) {
        List<Object> outcomes = onPool(batch.inputs(), this::analyzeOne, RawInput::source, progress);
        List<Report> reports = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(batch.notices());
        for (Object outcome : outcomes) {
            if (outcome instanceof Report report) {
                reports.add(report);
            } else {
                notices.add((Notice) outcome);
            }
        }
        BatchDating dating = BatchDating.of(pipeline);
        if (dating != null) {
            reports = dating.apply(reports); // reports the batch dates are analysed again with that date
        }
        return new Analysis(reports, notices);
    }

    /** {@code work} on every item, on the pool when there is enough to share; results in the items' order. */
    private <T> List<Object> onPool(List<T> items, Function<T, Object> work, Function<T, String> source,
                                    IntConsumer progress) {
        List<Object> outcomes = new ArrayList<>(items.size());
        AtomicInteger done = new AtomicInteger();
        if (threads == 1 || items.size() < 4) {
            for (T item : items) {
                outcomes.add(work.apply(item));
                progress.accept(done.incrementAndGet());
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sitrep-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    Object outcome = work.apply(item);
                    progress.accept(done.incrementAndGet());
                    return outcome;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException error) {
                    outcomes.add(Notice.failed(source.apply(items.get(i)), "internal error: " + error.getCause()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    outcomes.add(Notice.failed(source.apply(items.get(i)), "interrupted"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private Object analyzeOne(RawInput raw) {
        try (Budget open = Budget.open(Budget.forSize(budget, raw.bytes().length))) {
            return pipeline.run(new Report(raw));
        } catch (InputException error) {
            return Notice.failed(raw.source(), error.getMessage());
        } catch (Budget.OverBudget over) {
            return Notice.failed(raw.source(), over.getMessage());
        } catch (OutOfMemoryError error) {
            return Notice.failed(raw.source(), "too costly to analyse (out of memory)");
        } catch (StackOverflowError error) {
            return Notice.failed(raw.source(), "too complex to analyse (" + error.getClass().getSimpleName() + ")");
        } catch (RuntimeException error) {
            if (keepStackTraces) {
                error.printStackTrace();
            }
            return Notice.failed(raw.source(), "internal error while analysing: " + error);
        }
    }
}
