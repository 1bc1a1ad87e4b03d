package org.sitrep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep-spark INPUT...}: the Sitrep job, from {@code spark-submit} or {@code ./sitrep spark}. */
@Command(name = "sitrep-spark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads news reports and web archives on a Spark cluster and writes the situation picture the command "
                + "line's analyze writes for the same inputs.",
            "",
            "INPUT is a file or folder on this machine, or a Hadoop file system URI (hdfs://, s3a://, gs://): WARC "
                + "and WET archives (.warc, .warc.gz, .wet, .wet.gz), reports (.txt, .md, .html, .htm, optionally "
                + ".gz) and scraped articles (.json, .jsonl).",
            ""},
        footer = {
            "",
            "Examples:",
            "  spark-submit --class org.sitrep.spark.SparkMain sitrep-spark.jar s3a://bucket/warc/ --parquet "
                + "s3a://bucket/picture/",
            "  ./sitrep spark crawl.warc.gz --json picture.json"})
public final class SparkMain implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or Hadoop URIs.")
    List<String> inputs;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the sitrep/1 JSON object to FILE (gathered on the driver: for runs that fit its memory).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the events as CSV in ACLED's export columns (gathered on the driver).")
    Path csv;

    @Option(names = "--jsonl", paramLabel = "DIR",
            description = "Write documents, events, figures, quotes and tallies as JSON lines, one folder each "
                    + "(written by the executors; any Hadoop URI).")
    String jsonLines;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Write the same tables as Parquet, one folder each (written by the executors).")
    String parquet;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Write what the run did as JSON: files, reports, what was skipped and failed and why, the "
                    + "seconds of each step (a cluster's driver output is often out of sight).")
    Path summary;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit (default: local[*], every core here).")
    String master;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "Processor time one report may take, for each 5 MB of it (default: 20).")
    double timeLimit;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        SparkConf conf = new SparkConf().setAppName("sitrep");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : "local[*]");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        boolean ours = SparkSession.getDefaultSession().isEmpty(); // a session of the caller's is left running
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long started = System.nanoTime();
            JobResult result = new SitrepJob(spark, Duration.ofMillis(Math.round(timeLimit * 1000))).run(inputs);
            JobOutputs outputs = new JobOutputs(result);
            if (json != null) {
                outputs.json(json);
            }
            if (csv != null) {
                outputs.csv(csv);
            }
            if (jsonLines != null) {
                outputs.jsonLines(jsonLines);
            }
            if (parquet != null) {
                outputs.parquet(parquet);
            }
            result.release();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (summary != null) {
                new RunSummary(result, seconds).write(summary);
            }
            report(result, seconds, err);
            return result.failures().isEmpty() ? 0 : 1;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    private void report(JobResult result, double seconds, PrintStream err) {
        int shown = 0;
        for (var failure : result.failures()) {
            if (shown++ < 20) {
                err.println("sitrep: " + failure);
            }
        }
        if (shown > 20) {
            err.println("sitrep: ... and " + (shown - 20) + " more failures");
        }
        if (!quiet) {
            err.printf("sitrep: %d %s, %d %s analysed in %.1f s%n", result.files(), result.files() == 1 ? "file" : "files",
                    result.reports(), result.reports() == 1 ? "report" : "reports", seconds);
            result.countLines().forEach(line -> err.println("sitrep:   " + line));
        }
    }
}
