package org.sitrep.pipeline;

import org.sitrep.ingest.ArchiveReader;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.source.BatchDates;
import org.sitrep.source.BatchDating;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Reads and analyses a batch of inputs on a pool of threads sharing one {@link Pipeline}. The inputs are read in
 * order, each into the reports it holds (one, or one per article of a file of scraped articles, or one per page of a
 * web archive, read record by record from its file), so the ids are unique within the batch and the same on every
 * run. A failing input, or line of one, becomes a notice; the others are still analysed. Results keep the order of
 * the inputs. Then the batch dates the reports whose own words leave their day open ({@link BatchDating}).
 *
 * <p>By default a batch keeps each report's whole document model (tokens, sentences, names), for tools and tests
 * that read it. {@link #keepingFactsOnly()} gives an analyzer that keeps only what the outputs read
 * ({@link ReportFacts}) as soon as each report is analysed, so a batch of thousands of reports fits in a small heap.
 *
 * <p>Each report is analysed within a {@link Budget} of processor time; one that spends it, or that runs the
 * JVM out of memory, is given up with a notice naming it, and the rest of the batch goes on.
 */
public final class BatchAnalyzer {
    private static final String TOO_BIG_TO_READ = "too large to read (out of memory)";
    /**
     * Stands for a web archive among the loaded inputs: it is not loaded whole (a gigabyte is common) but read
     * record by record in its turn, its pages' ids allocated in order with the other inputs'.
     */
    private final Pipeline pipeline;
    private final InputReader reader;
    private final int threads;
    private final boolean keepStackTraces;
    private final boolean factsOnly;
    private final Duration budget;
    private final ReportAnalyzer one;

    public BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces) {
        this(pipeline, reader, threads, keepStackTraces, Budget.DEFAULT);
    }

    /** @param budget the processor time one report may take, for each 5 MB of it ({@link Budget#forSize}) */
    public BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces, Duration budget) {
        this(pipeline, reader, threads, keepStackTraces, budget, false);
    }

    private BatchAnalyzer(Pipeline pipeline, InputReader reader, int threads, boolean keepStackTraces,
                          Duration budget, boolean factsOnly) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.keepStackTraces = keepStackTraces;
        this.budget = budget;
        this.factsOnly = factsOnly;
        this.one = new ReportAnalyzer(pipeline, budget, keepStackTraces);
    }

    /**
     * This analyzer, keeping of each report only its facts once it is analysed: the reports of its analyses hold
     * what every output reads ({@link ReportFacts#toReport()}: identity, body, title, day, outlet, names, events,
     * figures, quotes, warnings), not the raw bytes, tokens, sentences, times or attributions. A report whose day the
     * batch may lend keeps its input until then, to be analysed again.
     */
    public BatchAnalyzer keepingFactsOnly() {
        return new BatchAnalyzer(pipeline, reader, threads, keepStackTraces, budget, true);
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
     * Reads and analyses every input, as {@code analyze(read(inputs), progress)} does. An analyzer that keeps facts
     * only ({@link #keepingFactsOnly()}) analyses each report as soon as it is read and drops its bytes once it is
     * analysed ({@link StreamedAnalysis}): however large its inputs, it holds the bytes of a few reports per worker.
     *
     * @param reportsRead called with the number of reports read so far: once before any is analysed, or, for an
     *                    analyzer that keeps facts only, as reading goes on (the last call gives them all)
     * @param progress    called with the number of reports analysed so far (from worker threads)
     */
    public Analysis analyze(List<InputRef> inputs, IntConsumer reportsRead, IntConsumer progress) {
        if (!factsOnly) {
            InputBatch batch = read(inputs);
            reportsRead.accept(batch.inputs().size());
            return analyze(batch, progress);
        }
        BatchDating dating = BatchDating.of(pipeline);
        SharedNames shared = new SharedNames();
        try (StreamedAnalysis stream = new StreamedAnalysis(raw -> keep(analyzeOne(raw), dating, shared), threads,
                reportsRead, progress)) {
            readInto(inputs, stream);
            return assemble(stream.outcomes(), stream.readNotices(), dating, shared);
        }
    }

    /**
     * Reads every input into the reports it holds, ids unique within the batch (first come, first served, in the
     * order of the inputs: {@code report}, {@code report-2}).
     */
    public InputBatch read(List<InputRef> inputs) {
        InputBatch.Collector batch = new InputBatch.Collector();
        readInto(inputs, batch);
        return batch.batch();
    }

    /**
     * Reads every input, in order, into the reports it holds, handing each report and each notice of reading to
     * {@code sink} as it comes: a web archive record by record from its file, any other input whole. Ids are
     * allocated in that order, so they are unique within the batch and the same on every run.
     */
    private void readInto(List<InputRef> inputs, ArchiveReader.Sink sink) {
        IdAllocator ids = new IdAllocator();
        for (InputRef ref : inputs) {
            try {
                if (reader.isArchive(ref)) {
                    reader.readArchive(ref, ids, sink);
                } else {
                    InputBatch expanded = reader.expand(reader.load(ref), ref.source(), ref.fileName(), ids);
                    expanded.inputs().forEach(sink::page);
                    expanded.notices().forEach(sink::notice);
                }
            } catch (InputException error) {
                sink.notice(Notice.failed(ref.source(), error.getMessage()));
            } catch (OutOfMemoryError error) {
                sink.notice(Notice.failed(ref.source(), TOO_BIG_TO_READ));
            } catch (RuntimeException error) {
                if (keepStackTraces) {
                    error.printStackTrace();
                }
                sink.notice(Notice.failed(ref.source(), "internal error while reading: " + error));
            }
        }
    }

    /**
     * Analyses inputs already read ({@link #read}, or {@link InputReader#expand} on a request body); the batch's
     * notices come first in the analysis, then a notice for each input that could not be analysed.
     *
     * @param progress called with the number of reports analysed so far (from worker threads)
     */
    public Analysis analyze(InputBatch batch, IntConsumer progress) {
        if (factsOnly) {
            return analyzeKeepingFacts(new Pending(batch), progress);
        }
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

    /** An analysed report as a facts-only batch keeps it until the batch has dated its reports. */
    private record Kept(Report facts, BatchDating.Entry entry, Report lendable) {
    }

    /** The inputs of a batch waiting to be analysed; each is handed out once, and then no longer held. */
    private static final class Pending {
        private final AtomicReferenceArray<RawInput> inputs;
        private final List<String> sources;
        private final List<Notice> notices;

        Pending(InputBatch batch) {
            inputs = new AtomicReferenceArray<>(batch.inputs().toArray(new RawInput[0]));
            sources = batch.inputs().stream().map(RawInput::source).toList();
            notices = batch.notices();
        }

        int size() {
            return inputs.length();
        }

        RawInput take(int i) {
            return inputs.getAndSet(i, null);
        }
    }

    private Analysis analyzeKeepingFacts(Pending pending, IntConsumer progress) {
        BatchDating dating = BatchDating.of(pipeline);
        SharedNames shared = new SharedNames();
        List<Integer> order = IntStream.range(0, pending.size()).boxed().toList();
        List<Object> outcomes = onPool(order, i -> keep(analyzeOne(pending.take(i)), dating, shared),
                pending.sources::get, progress);
        return assemble(outcomes, pending.notices, dating, shared);
    }

    /**
     * The analysis of a facts-only batch from its reports' outcomes (in order) and its notices of reading: the
     * reports the batch dates analysed again with that date, the notices of reading first.
     */
    private Analysis assemble(List<Object> outcomes, List<Notice> readNotices, BatchDating dating,
                              SharedNames shared) {
        List<Kept> kept = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(readNotices);
        for (Object outcome : outcomes) {
            if (outcome instanceof Kept k) {
                kept.add(k);
            } else {
                notices.add((Notice) outcome);
            }
        }
        outcomes.clear();
        List<Report> reports = new ArrayList<>(kept.size());
        List<BatchDates> lent = dating == null ? null : dating.lent(kept.stream().map(Kept::entry).toList());
        for (int i = 0; i < kept.size(); i++) {
            Kept k = kept.get(i);
            Report report = k.facts();
            if (lent != null && lent.get(i) != null) {
                try {
                    Report again = dating.lend(k.lendable(), lent.get(i));
                    if (again != null) {
                        report = factsOf(again, shared);
                    }
                } catch (InputException | RuntimeException error) {
                    report.warn("second analysis with the batch's date failed: " + error.getMessage());
                }
            }
            kept.set(i, null);
            reports.add(report);
        }
        return new Analysis(reports, notices);
    }

    /** A report's facts, and what batch dating reads of it; anything else is returned as it is. */
    private static Object keep(Object outcome, BatchDating dating, SharedNames shared) {
        if (!(outcome instanceof Report report)) {
            return outcome;
        }
        Report facts = factsOf(report, shared);
        if (dating == null) {
            return new Kept(facts, null, null);
        }
        BatchDating.Entry entry = dating.entryOf(report);
        return new Kept(facts, entry, entry.open() ? BatchDating.lendable(report) : null);
    }

    /** A report holding only the facts of {@code report}, its names sharing the batch's copies. */
    private static Report factsOf(Report report, SharedNames shared) {
        return ReportAnalyzer.factsOf(report, shared);
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
        return one.analyze(raw);
    }
}
