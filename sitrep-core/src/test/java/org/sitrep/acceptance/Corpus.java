package org.sitrep.acceptance;

import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Folders the acceptance tests read: the project's examples and, when present, ../shared. */
final class Corpus {
    private static Pipeline pipeline;

    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("sitrep.root", "..")).toAbsolutePath().normalize();
    }

    /** The shared folder beside the project, or null when this clone has none. */
    static Path shared() {
        Path shared = Path.of(System.getProperty("sitrep.shared", root().resolve("../shared").toString()));
        return Files.isDirectory(shared) ? shared.toAbsolutePath().normalize() : null;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.create();
        }
        return pipeline;
    }

    /** Analyses a folder and returns its reports by id. */
    static Map<String, Report> analyze(Path folder) {
        InputCollector.Collected collected = new InputCollector().collect(List.of(folder.toString()));
        Analysis analysis = new BatchAnalyzer(pipeline(), new InputReader(), 2, false).analyze(collected.inputs(), n -> { });
        return analysis.reports().stream().collect(Collectors.toMap(Report::id, Function.identity()));
    }

    /** Whitespace and quote marks folded, for phrase containment checks. */
    /** The reports of the project's examples and, when {@code ../shared} is beside the project, of the seeds. */
    static List<Report> examplesAndSeeds() {
        List<Report> out = new ArrayList<>(analyze(root().resolve("examples")).values());
        Path seeds = shared() == null ? null : shared().resolve("seeds");
        if (seeds != null && Files.isDirectory(seeds)) {
            out.addAll(analyze(seeds).values());
        }
        return out;
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ").replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').strip();
    }
}
