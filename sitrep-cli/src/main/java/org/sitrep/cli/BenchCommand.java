package org.sitrep.cli;

import org.sitrep.eval.ReportCopies;
import org.sitrep.cli.bench.ServerBench;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.SituationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code sitrep bench INPUT...}: how fast the pipeline reads the given reports on one core, stage by
 * stage. Inputs are read into memory first, so disk time is not measured; a warm-up pass lets the JIT
 * compile the hot code before the timed passes. With {@code --server}, the live server instead ({@link ServerBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures reports per second per core, for the whole pipeline and for each stage.",
            "With --server, measures the live server: ingest through its API, query latency and its page."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to analyse.")
    List<String> inputs;

    @Option(names = "--seconds", defaultValue = "5", description = "Minimum timed duration (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up duration in seconds (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--threads", split = ",", description = "Thread counts for the end-to-end runs (default: 1 and every core).")
    List<Integer> threads;

    @Option(names = "--corpus", paramLabel = "N", description = "Also analyse a corpus of N reports made by repeating "
            + "the inputs with varied tolls, keep them all in memory, fuse them and report the fusion time and heap.")
    Integer corpus;

    @Option(names = "--server", description = "Measure the live server instead, on a fresh temporary store: reports "
            + "per second through POST /api/reports until analysed and fused, GET /api/situation and /api/events "
            + "latency, and the time the page takes to show every event in headless Chromium.")
    boolean server;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "10000",
            description = "With --server: reports to post, made from the inputs (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "With --server: client threads posting at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200",
            description = "With --server: timed requests per query (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--no-browser", description = "With --server: do not time the page in Chromium.")
    boolean noBrowser;

    @Option(names = "--keep", paramLabel = "DIR", description = "With --server: keep the store in DIR (it must be new "
            + "or empty) to serve it afterwards, instead of a temporary folder.")
    java.nio.file.Path keep;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "52", description = "With --server: the weeks the "
            + "copies' days are spread over (default: ${DEFAULT-VALUE}); more weeks give more distinct incidents.")
    int weeks;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        long loadStart = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<RawInput> raws = readInputs();
        if (raws.isEmpty()) {
            System.err.println("sitrep: bench: no readable inputs");
            return 1;
        }
        long bytes = raws.stream().mapToLong(r -> r.bytes().length).sum();
        System.out.printf(Locale.ROOT, "resources loaded in %.0f ms; %d inputs, %.1f MB%n", loadMs, raws.size(), bytes / 1e6);
        if (server) {
            if (reports < 1 || clients < 1 || requests < 1) {
                System.err.println("sitrep: bench: --reports, --clients and --requests must be at least 1");
                return 2;
            }
            int cores = Runtime.getRuntime().availableProcessors();
            return new ServerBench(pipeline, new ServerBench.Settings(reports, clients, requests, !noBrowser, cores, keep, weeks),
                    System.out, System.err).run(raws);
        }
        run(pipeline, raws, warmup, null);
        long[] stageNanos = new long[pipeline.stages().size()];
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        int timed = run(pipeline, raws, seconds, stageNanos);
        double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double elapsed = (System.nanoTime() - start) / 1e9;
        // Per CPU-second of the analysing thread as well: on a machine shared with other work the wall-clock rate
        // falls with the load, the rate per CPU-second much less.
        System.out.printf(Locale.ROOT, "pipeline: %d reports in %.2f s on one thread = %.0f reports/s "
                + "(%.0f per CPU-second)%n", timed, elapsed, timed / elapsed, timed / cpu);
        List<Stage> stages = pipeline.stages();
        for (int s = 0; s < stages.size(); s++) {
            double perReportUs = stageNanos[s] / 1e3 / timed;
            System.out.printf(Locale.ROOT, "  %-18s %9.1f µs/report  (%.0f reports/s)%n", stages.get(s).name(),
                    perReportUs, perReportUs > 0 ? 1e6 / perReportUs : Double.POSITIVE_INFINITY);
        }
        // The reading layer: sentences, times and names (the stages that add those layers).
        long readingNanos = 0;
        for (int s = 0; s < stages.size(); s++) {
            Set<Layer> adds = stages.get(s).adds();
            if (adds.contains(Layer.READING) || adds.contains(Layer.TIMES) || adds.contains(Layer.NAMES)) {
                readingNanos += stageNanos[s];
            }
        }
        double readingUs = readingNanos / 1e3 / timed;
        System.out.printf(Locale.ROOT, "reading layer (reading + times + names): %.1f µs/report = %.0f reports/s%n",
                readingUs, readingUs > 0 ? 1e6 / readingUs : Double.POSITIVE_INFINITY);
        SituationJson json = new SituationJson();
        List<Integer> counts = threads != null ? threads
                : List.of(1, Runtime.getRuntime().availableProcessors()).stream().distinct().toList();
        for (int n : counts) {
            double[] rate = endToEnd(pipeline, json, raws, n, seconds);
            System.out.printf(Locale.ROOT, "end to end (pipeline + sitrep/1 JSON), %d thread%s: %.0f reports/s = %.0f "
                    + "per thread (%.0f per CPU-second)%n", n, n == 1 ? "" : "s", rate[0], rate[0] / n, rate[1]);
        }
        System.out.printf(Locale.ROOT, "heap in use after a full GC: %.0f MB (shared resources and the last batch)%n",
                usedHeapMb());
        if (corpus != null) {
            corpusRun(pipeline, raws, corpus);
        }
        return 0;
    }

    /** Every input read into memory; what cannot be read is named on standard error and left out. */
    private List<RawInput> readInputs() {
        InputCollector.Collected collected = new InputCollector().collect(inputs);
        InputReader reader = new InputReader();
        List<RawInput> raws = new ArrayList<>();
        IdAllocator ids = new IdAllocator();
        for (InputRef ref : collected.inputs()) {
            try {
                InputBatch read = reader.read(ref, ids);
                raws.addAll(read.inputs());
                read.notices().forEach(n -> System.err.println("sitrep: skipped: " + n.source() + ": " + n.message()));
            } catch (InputException skipped) {
                System.err.println("sitrep: skipped: " + ref.source() + ": " + skipped.getMessage());
            }
        }
        return raws;
    }

    /**
     * Reports per second when {@code n} threads share the one pipeline, each analysing and writing JSON, and
     * reports per CPU-second of those threads.
     */
    private static double[] endToEnd(Pipeline pipeline, SituationJson json, List<RawInput> raws, int n, double seconds) {
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                int k = offset;
                long cpuStart = CPU.getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                    try {
                        json.toJson(pipeline.run(new Report(raws.get(k++ % raws.size()))));
                        done.incrementAndGet();
                    } catch (InputException | IOException | RuntimeException skipped) {
                        // a bad input counts as not done
                    }
                }
                cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException | ExecutionException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdown();
        return new double[] {done.get() / ((System.nanoTime() - start) / 1e9), done.get() / (cpuNanos.get() / 1e9)};
    }

    /**
     * Analyses {@code n} reports, copies of the inputs whose tolls vary from copy to copy, on every core; keeps
     * every report; then fuses them into the situation picture, timing each corpus step.
     */
    private static void corpusRun(Pipeline pipeline, List<RawInput> raws, int n) {
        List<RawInput> copies = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            RawInput raw = raws.get(k % raws.size());
            copies.add(new RawInput("copy-" + k, raw.source(), raw.fileName(), ReportCopies.vary(raw.bytes(), k / raws.size()),
                    raw.given()));
        }
        long t0 = System.nanoTime();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        List<Future<Report>> futures = new ArrayList<>(n);
        for (RawInput raw : copies) {
            futures.add(pool.submit(() -> {
                try {
                    return pipeline.run(new Report(raw));
                } catch (InputException | RuntimeException skipped) {
                    return null;
                }
            }));
        }
        List<Report> reports = new ArrayList<>(n);
        for (Future<Report> f : futures) {
            try {
                Report r = f.get();
                if (r != null) {
                    reports.add(r);
                }
            } catch (InterruptedException | ExecutionException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdown();
        copies.clear();
        double analyseS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Situation situation = new SituationBuilder().build(new Analysis(reports, List.of()));
        double fuseMs = (System.nanoTime() - t1) / 1e6;
        int mentions = situation.events().stream().mapToInt(f -> f.merged().size()).sum();
        System.out.printf(Locale.ROOT, "corpus of %d reports: analysed in %.1f s on %d threads (%.0f reports/s)%n",
                reports.size(), analyseS, cores, reports.size() / analyseS);
        System.out.printf(Locale.ROOT, "fusion: %.0f ms (events %.0f ms, tallies %.0f ms, control %.0f ms): "
                        + "%d event mentions -> %d events, %d tallies, %d places with control changes%n",
                fuseMs, situation.timings().get("events") / 1e6, situation.timings().get("tallies") / 1e6,
                situation.timings().get("control") / 1e6, mentions, situation.events().size(),
                situation.tallies().size(), situation.control().size());
        System.out.printf(Locale.ROOT, "heap in use after a full GC with the whole corpus and its picture held: %.0f MB%n",
                usedHeapMb());
        if (situation.events().isEmpty()) {
            System.out.println("(no events)");
        }
    }

    private static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }

    private static int run(Pipeline pipeline, List<RawInput> raws, double seconds, long[] stageNanos) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int count = 0;
        do {
            for (RawInput raw : raws) {
                Report report = new Report(raw);
                List<Stage> stages = pipeline.stages();
                for (int s = 0; s < stages.size(); s++) {
                    long t0 = System.nanoTime();
                    try {
                        stages.get(s).process(report);
                    } catch (InputException | RuntimeException ignored) {
                        break;
                    }
                    if (stageNanos != null) {
                        stageNanos[s] += System.nanoTime() - t0;
                    }
                }
                count++;
            }
        } while (System.nanoTime() < end);
        return count;
    }
}
