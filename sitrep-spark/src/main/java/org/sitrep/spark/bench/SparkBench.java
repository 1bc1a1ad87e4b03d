package org.sitrep.spark.bench;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.spark.JobRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./sitrep spark-bench}: the Spark job's rate per core against the command line's on the same generated web
 * archive, and the time and peak heap of the job's fusion step. Both run in this JVM, taking turns, after one warm-up
 * run each on the first archive file; the command line on one thread (its rate per core), the job on
 * {@code local[N]} (its rate divided by N).
 */
@Command(name = "sitrep-spark-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures the Spark job against the command line on a generated WARC corpus.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "10000", description = "Pages in the generated archive (default 10000).")
    int pages;

    @Option(names = "--files", defaultValue = "8", description = "WARC files they are written to (default 8).")
    int files;

    @Option(names = "--from", paramLabel = "FOLDER", split = ",",
            description = "Folders whose report and page files are repeated (default: examples, and the HTML "
                    + "benchmark pages of ../shared when present).")
    List<Path> from;

    @Option(names = "--cores", defaultValue = "2", description = "Cores of local[N] (default 2).")
    int cores;

    @Option(names = "--rounds", defaultValue = "2", description = "Measured rounds of each (default 2).")
    int rounds;

    @Option(names = "--dir", description = "Where the archive is written (default: a temporary folder, deleted).")
    Path dir;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> folders = from != null ? from : defaultFolders();
        Path where = dir != null ? dir : Files.createTempDirectory("sitrep-spark-bench");
        long g0 = System.nanoTime();
        List<Path> archives = WarcCorpus.write(WarcCorpus.sources(folders), pages, files, where);
        long bytes = 0;
        for (Path a : archives) {
            bytes += Files.size(a);
        }
        System.out.printf("archive: %d pages from %s in %d files, %.1f MB, written in %.1f s%n", pages, folders,
                archives.size(), bytes / 1e6, (System.nanoTime() - g0) / 1e9);
        SparkSession spark = SparkSession.builder().config(new SparkConf().setAppName("sitrep-bench")
                .setMaster("local[" + cores + "]").set("spark.ui.enabled", "false")).getOrCreate();
        try {
            List<String> paths = archives.stream().map(Path::toString).toList();
            ShuffleMeter shuffles = new ShuffleMeter();
            spark.sparkContext().addSparkListener(shuffles);
            cli(paths.subList(0, 1)); // warm-up
            JobRun.run(spark, paths.subList(0, 1), step -> { });
            for (int r = 0; r < rounds; r++) {
                double[] byCli = cli(paths);
                double cliSeconds = byCli[0];
                FusionWatch watch = new FusionWatch();
                shuffles.reset();
                long t = System.nanoTime();
                JobRun.Summary job = JobRun.run(spark, paths, watch::step);
                double sparkSeconds = (System.nanoTime() - t) / 1e9;
                if (byCli[1] != job.reports()) {
                    System.out.printf("  the command line analysed %.0f reports, the job %d: not the same work%n",
                            byCli[1], job.reports());
                }
                System.out.printf("round %d: command line %.0f pages/s on 1 core; Spark local[%d] %.0f pages/s, "
                                + "%.0f per core (%.0f %% of the command line's); fusion %.2f s, peak heap %.0f MB; "
                                + "%d reports%n", r + 1, pages / cliSeconds, cores, pages / sparkSeconds,
                        pages / sparkSeconds / cores, 100 * pages / sparkSeconds / cores / (pages / cliSeconds),
                        watch.seconds, watch.peakBytes / 1e6, job.reports());
                StringBuilder steps = new StringBuilder();
                job.timings().forEach((step, nanos) -> steps.append(String.format(" %s %.1f s;", step, nanos / 1e9)));
                System.out.println("  job steps:" + steps);
                System.out.printf("  shuffled: %.1f MB in %d records (%.0f bytes per page)%n",
                        shuffles.shuffleBytes.get() / 1e6, shuffles.shuffleRecords.get(),
                        (double) shuffles.shuffleBytes.get() / pages);
            }
        } finally {
            spark.stop();
            if (dir == null) {
                for (Path a : archives) {
                    Files.deleteIfExists(a);
                }
                Files.deleteIfExists(where);
            }
        }
        return 0;
    }

    private static List<Path> defaultFolders() {
        List<Path> folders = new ArrayList<>(List.of(Path.of("examples")));
        Path html = Path.of("..", "shared", "benchmarks", "article-extraction", "html");
        if (Files.isDirectory(html)) {
            folders.add(html);
        }
        return folders;
    }

    /** The command line's analysis and corpus steps on one thread: seconds taken, reports analysed. */
    private static double[] cli(List<String> paths) {
        long t = System.nanoTime();
        List<InputRef> refs = paths.stream().map(p -> new InputRef(Path.of(p), p)).toList();
        Analysis analysis = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), 1, false)
                .keepingFactsOnly().analyze(refs, n -> { }, n -> { });
        new SituationBuilder().build(analysis);
        return new double[] {(System.nanoTime() - t) / 1e9, analysis.reports().size()};
    }

    /** The fusion step's time and the peak heap in use while it ran (this JVM is the executor in local mode). */
    private static final class FusionWatch {
        private long started;
        double seconds;
        long peakBytes;

        void step(String step) {
            if (step.equals("fusion")) {
                System.gc();
                heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
                started = System.nanoTime();
            } else if (step.equals("done")) {
                seconds = (System.nanoTime() - started) / 1e9;
                peakBytes = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            }
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
        }
    }
}
