package org.sitrep.cli;

import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.GeoJsonExport;
import org.sitrep.report.SituationReport;
import org.sitrep.report.SituationJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
                + ".jsonl/.ndjson) are one report each. Other files in a folder are skipped, summed up in one "
                + "line (--verbose names them).",
            ""},
        footer = {
            "",
            "Exit status: 0 all inputs were read; 1 some could not be (the others are still analysed and "
                + "written); 2 usage error.",
            "",
            "Examples:",
            "  sitrep analyze examples/",
            "  sitrep analyze reports/ --json picture.json --quiet",
            "  sitrep analyze reports/ --csv events.csv --geojson map.geojson --md report.md -q",
            "  sitrep analyze scraped.jsonl --json picture.json",
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
                    + "and the evidence.")
    Path csv;

    @Option(names = "--geojson", paramLabel = "FILE",
            description = "Write the events and control changes as an RFC 7946 GeoJSON FeatureCollection.")
    Path geojson;

    @Option(names = "--md", paramLabel = "FILE",
            description = "Write the situation report (Markdown) to FILE.")
    Path markdown;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "What to print on standard output: md (the situation report, the default) or json.")
    OutputFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard output and no skip notices; "
            + "errors are still reported on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Name each file a folder walk skips (by default one line "
            + "sums them up).")
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
        BatchAnalyzer analyzer = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), workers, debug,
                Duration.ofMillis(Math.round(timeLimit * 1000)));
        InputBatch read = analyzer.read(collected.inputs());
        Progress progress = new Progress("analysed", read.inputs().size(), !quiet && System.console() != null, err);
        Analysis analysis = analyzer.analyze(read, progress::update);
        progress.finish();
        for (Notice notice : analysis.notices()) {
            err.println("sitrep: " + notice);
        }
        if (debug) {
            analysis.reports().forEach(r -> r.warnings().forEach(w -> err.println("sitrep: warning: " + r.id() + ": " + w)));
        }
        Situation situation = new SituationBuilder().build(analysis);
        SituationJson writer = new SituationJson();
        boolean jsonToStdout = json != null && json.toString().equals("-");
        if (json != null && !jsonToStdout) {
            try (OutputStream out = create(json)) {
                writer.write(situation, out);
            }
        } else if (jsonToStdout) {
            writer.write(situation, System.out);
        }
        if (csv != null) {
            try (Writer out = new OutputStreamWriter(create(csv), StandardCharsets.UTF_8)) {
                new AcledCsvExport(AcledTables.loadDefault()).write(situation, out);
            }
        }
        if (geojson != null) {
            try (OutputStream out = create(geojson)) {
                new GeoJsonExport().write(situation, out);
            }
        }
        String report = markdown != null || !quiet && !jsonToStdout && format == OutputFormat.md
                ? new SituationReport().render(situation) : null;
        if (markdown != null) {
            try (OutputStream out = create(markdown)) {
                out.write(report.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!quiet && !jsonToStdout) {
            if (format == OutputFormat.json) {
                writer.write(situation, System.out);
            } else {
                System.out.write(report.getBytes(StandardCharsets.UTF_8));
                System.out.flush();
            }
        }
        boolean failed = analysis.hasFailures() || collected.notices().stream().anyMatch(Notice::failure);
        return failed ? 1 : 0;
    }

    /** Opens a file for writing, creating its folder. */
    private static OutputStream create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newOutputStream(file);
    }
}
