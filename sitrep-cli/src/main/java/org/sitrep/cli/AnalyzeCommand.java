package org.sitrep.cli;

import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep analyze INPUT...}: read reports and write the situation picture. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads news reports and writes the situation picture (sitrep/1).",
            "",
            "INPUT is a file, a folder (read recursively) or - for standard input. Reports are .txt, .md, "
                + ".html or .htm files, each optionally gzip-compressed (.gz); HTML is also recognised by its "
                + "content. Scraped articles as news-please and trafilatura write them (.json, or JSON lines in "
                + ".jsonl/.ndjson) are one report each. Web archives (.warc, .warc.gz, and WET files .wet, "
                + ".wet.gz) are one report per HTML or text page they hold, its address as source and its capture "
                + "day as the date unless its meta tags or a date line tell one; their other records are skipped. Other files in a "
                + "folder are skipped; skips are summed up in one line (--verbose names them).",
            ""},
        footer = {
            "",
            "Every output is checked before the analysis (a folder, an input, a place that cannot be written "
                + "are refused) and written whole or not at all; at most one output may be - (standard output).",
            "",
            "Exit status: 0 all inputs were read and every output written; 1 some inputs could not be read or "
                + "some output not written (the rest is still analysed and written); 2 usage error.",
            "",
            "Examples:",
            "  sitrep analyze examples/",
            "  sitrep analyze reports/ --json picture.json --quiet",
            "  sitrep analyze reports/ --csv events.csv --geojson map.geojson --md report.md -q",
            "  sitrep analyze scraped.jsonl --json picture.json",
            "  sitrep analyze crawl.warc.gz --json picture.json",
            "  zcat page.html.gz | sitrep analyze - --format json"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the sitrep/1 JSON object to FILE (- for standard output).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the events as CSV in ACLED's export columns, plus status, every reported toll "
                    + "and the evidence (- for standard output).")
    Path csv;

    @Option(names = "--geojson", paramLabel = "FILE",
            description = "Write the events and control changes as an RFC 7946 GeoJSON FeatureCollection (- for "
                    + "standard output).")
    Path geojson;

    @Option(names = "--md", paramLabel = "FILE",
            description = "Write the situation report (Markdown) to FILE (- for standard output).")
    Path markdown;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "What to print on standard output when no output is - : md (the situation report, the "
                    + "default) or json.")
    OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard output and no skip notices; "
            + "errors are still reported on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Name each file a folder walk skips and each archive "
            + "record skipped (by default one line sums each up).")
    boolean verbose;

    @Option(names = "--debug", description = "Show stack traces and per-document warnings on standard error.")
    boolean debug;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "Processor time one report may take (for each 5 MB of it); a report that needs more is "
                    + "named on standard error as too costly and left out, and the others are still analysed "
                    + "(default: 20).")
    double timeLimit;

    enum OutputFormat { md, json }

    @Override
    public Integer call() throws IOException {
        if (!(timeLimit > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-limit must be a positive number of seconds");
        }
        if (debug) {
            System.setProperty("sitrep.debug", "true"); // the top-level error handler prints stack traces
        }
        PrintStream err = System.err;
        InputCollector.Collected collected = new InputCollector().collect(inputs);
        List<Output> outputs = outputs();
        String refused = new OutputChecks(collected.inputs()).refusal(outputs);
        if (refused != null) {
            err.println("sitrep: error: " + refused);
            return 2;
        }
        for (Notice notice : collected.notices()) {
            if (notice.failure() || verbose) {
                err.println("sitrep: " + notice);
            }
        }
        String skipped = SkipSummary.of(collected.notices());
        if (skipped != null && !quiet && !verbose) {
            err.println("sitrep: " + skipped);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Analysis analysis = analyze(collected, workers, err);
        List<Notice> found = analysis.notices().stream().filter(n -> !collected.notices().contains(n)).toList();
        for (Notice notice : found) { // those of the folder walk were named above
            if (verbose || !SkipSummary.isRecordSkip(notice)) {
                err.println("sitrep: " + notice);
            }
        }
        String records = SkipSummary.ofRecords(found);
        if (records != null && !quiet && !verbose) {
            err.println("sitrep: " + records);
        }
        if (debug) {
            analysis.reports().forEach(r -> r.warnings().forEach(w -> err.println("sitrep: warning: " + r.id() + ": " + w)));
        }
        Situation situation = new SituationBuilder().build(analysis);
        boolean written = new SituationOutputs(situation).writeAll(outputs, err);
        return analysis.hasFailures() || !written ? 1 : 0;
    }

    /**
     * The outputs asked for, in the order they are written; {@code -} is standard output, which otherwise gets the
     * {@code --format} unless {@code --quiet}.
     */
    private List<Output> outputs() {
        List<Output> outputs = new ArrayList<>();
        if (json != null) {
            outputs.add(Output.of("--json", Output.Kind.JSON, json));
        }
        if (csv != null) {
            outputs.add(Output.of("--csv", Output.Kind.CSV, csv));
        }
        if (geojson != null) {
            outputs.add(Output.of("--geojson", Output.Kind.GEOJSON, geojson));
        }
        if (markdown != null) {
            outputs.add(Output.of("--md", Output.Kind.MARKDOWN, markdown));
        }
        if (!quiet && outputs.stream().noneMatch(Output::toStdout)) {
            outputs.add(new Output(Output.STANDARD_OUTPUT,
                    format == OutputFormat.json ? Output.Kind.JSON : Output.Kind.MARKDOWN, null));
        }
        return outputs;
    }

    /** Reads and analyses the inputs, keeping of each report only its facts (the inputs' bytes are dropped too). */
    private Analysis analyze(InputCollector.Collected collected, int workers, PrintStream err) {
        BatchAnalyzer analyzer = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), workers, debug,
                Duration.ofMillis(Math.round(timeLimit * 1000))).keepingFactsOnly();
        Progress progress = new Progress("analysed", !quiet && System.console() != null, err);
        Analysis analysis = analyzer.analyze(collected.inputs(), progress::read, progress::update);
        progress.finish();
        List<Notice> notices = new ArrayList<>(collected.notices()); // a path that could not be walked is a problem too
        notices.addAll(analysis.notices());
        return new Analysis(analysis.reports(), notices);
    }
}
