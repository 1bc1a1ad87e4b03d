package org.sitrep.pipeline;

import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.source.BatchDating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Reads and analyses a batch of inputs on a pool of threads sharing one {@link Pipeline}. A failing
 * input becomes a notice; the others are still analysed. Results keep the order of the inputs. Then the
 * batch dates the reports whose own words leave their day open ({@link BatchDating}).
 */
public final class BatchAnalyzer {
    private final Pipeline pipeline;
    private final InputReader reader;
    private final int threads;
    private final boolean keepStackTraces;

    public BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.keepStackTraces = keepStackTraces;
    }

    /**
     * Analyses every input.
     *
     * @param inputs   what to read
     * @param progress called with the number of inputs done so far (from worker threads)
     */
    public Analysis analyze(List<InputRef> inputs, IntConsumer progress) {
        List<String> ids = uniqueIds(inputs);
        Object[] outcomes = new Object[inputs.size()];
        AtomicInteger done = new AtomicInteger();
        if (threads == 1 || inputs.size() < 4) {
            for (int i = 0; i < inputs.size(); i++) {
                outcomes[i] = analyzeOne(inputs.get(i), ids.get(i));
                progress.accept(done.incrementAndGet());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "sitrep-worker");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Object>> futures = new ArrayList<>(inputs.size());
                for (int i = 0; i < inputs.size(); i++) {
                    InputRef ref = inputs.get(i);
                    String id = ids.get(i);
                    futures.add(pool.submit(() -> {
                        Object outcome = analyzeOne(ref, id);
                        progress.accept(done.incrementAndGet());
                        return outcome;
                    }));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        outcomes[i] = futures.get(i).get();
                    } catch (ExecutionException error) {
                        outcomes[i] = Notice.failed(inputs.get(i).source(), "internal error: " + error.getCause());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        outcomes[i] = Notice.failed(inputs.get(i).source(), "interrupted");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<Report> reports = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
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

    private Object analyzeOne(InputRef ref, String id) {
        try {
            RawInput raw = reader.read(ref, id);
            return pipeline.run(new Report(raw));
        } catch (InputException error) {
            return Notice.failed(ref.source(), error.getMessage());
        } catch (StackOverflowError | OutOfMemoryError error) {
            return Notice.failed(ref.source(), "too complex to analyse (" + error.getClass().getSimpleName() + ")");
        } catch (RuntimeException error) {
            if (keepStackTraces) {
                error.printStackTrace();
            }
            return Notice.failed(ref.source(), "internal error while analysing: " + error);
        }
    }

    /** Document ids from file names, made unique within the run by a numeric suffix. */
    static List<String> uniqueIds(List<InputRef> inputs) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>(inputs.size());
        for (InputRef ref : inputs) {
            String base = ref.isStdin() ? "stdin" : InputNames.idOf(ref.fileName());
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }
}
