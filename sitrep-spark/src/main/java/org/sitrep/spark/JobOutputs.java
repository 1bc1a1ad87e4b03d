package org.sitrep.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.sitrep.fuse.Situation;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.CodePointOffsets;
import org.sitrep.report.DocumentView;
import org.sitrep.report.FactViews;
import org.sitrep.report.SituationJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a job's picture. The {@code sitrep/1} object and the ACLED CSV are written by the driver with the command
 * line's own writers (byte for byte what {@code sitrep analyze} writes); the tables of a large run are written by the
 * executors, each row the {@code sitrep/1} view of one item: JSON lines ({@code documents}, {@code events},
 * {@code figures}, {@code quotes}, {@code tallies}) or Parquet tables of the same rows for analysts' notebooks.
 */
final class JobOutputs {
    static final List<String> TABLES = List.of("documents", "events", "figures", "quotes", "tallies");

    private final JobResult result;
    private Situation situation;

    JobOutputs(JobResult result) {
        this.result = result;
    }

    private Situation situation() {
        if (situation == null) {
            situation = result.situation();
        }
        return situation;
    }

    /** The {@code sitrep/1} object. */
    void json(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SituationJson().write(situation(), out);
        }
    }

    /** The events in ACLED's export columns. */
    void csv(Path file) throws IOException {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            new AcledCsvExport(AcledTables.loadDefault()).write(situation(), out);
        }
    }

    /** One folder of JSON lines part files per table, in the picture's order. */
    void jsonLines(String dir) {
        tables().forEach((name, lines) -> lines.saveAsTextFile(dir + "/" + name));
    }

    /** One Parquet table per table (a table with no rows is not written: it has no columns to infer). */
    void parquet(String dir) {
        tables().forEach((name, lines) -> {
            Dataset<String> json = result.spark().createDataset(lines.rdd(), Encoders.STRING());
            Dataset<Row> rows = result.spark().read().json(json);
            if (!rows.isEmpty()) {
                rows.write().mode(SaveMode.Overwrite).parquet(dir + "/" + name);
            }
        });
    }

    /** Each table's rows as JSON lines, in order. */
    Map<String, JavaRDD<String>> tables() {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(result.spark().sparkContext());
        Broadcast<Map<String, String>> wide = context.broadcast(widerTexts());
        Map<String, JavaRDD<String>> tables = new LinkedHashMap<>();
        JavaRDD<Report> reports = result.facts().sortByKey().values()
                .map(row -> ExecutorResources.codec().facts(row.facts()).toReport());
        tables.put("documents", reports.map(r -> line(DocumentView.of(r).inCodePoints(offsets(wide)))));
        tables.put("events", result.events().values().map(json -> line(converted(
                FactViews.fusedEvent(ExecutorResources.codec().fused(json)), wide))));
        tables.put("figures", reports.flatMap(r -> lines(r, Layer.FIGURES, () -> r.figures().figures(),
                FactViews::figure, wide)));
        tables.put("quotes", reports.flatMap(r -> lines(r, Layer.QUOTES, () -> r.quotes().quotes(),
                FactViews::quote, wide)));
        tables.put("tallies", result.tallies().map(json -> line(converted(
                FactViews.tally(ExecutorResources.codec().tally(json)), wide))));
        return tables;
    }

    /** The lines of one report's items of one layer (none when it lacks the layer), in its order. */
    private static <T> Iterator<String> lines(Report r, Layer layer, Supplier<List<T>> items,
                                              Function<T, Map<String, Object>> view, Broadcast<Map<String, String>> wide) {
        List<String> out = new ArrayList<>();
        if (r.has(layer)) {
            for (T item : items.get()) {
                out.add(line(converted(view.apply(item), wide)));
            }
        }
        return out.iterator();
    }

    /**
     * The texts of the documents whose offsets differ in code points and UTF-16 units (those holding characters beyond
     * the Basic Multilingual Plane: emoji, some scripts): few, so they are broadcast, and every other document's
     * offsets are the same in both ({@link CodePointOffsets} leaves an unknown document's offsets as they are).
     */
    private Map<String, String> widerTexts() {
        return new LinkedHashMap<>(result.facts().values()
                .map(row -> ExecutorResources.codec().facts(row.facts()))
                .filter(f -> f.body() != null && f.body().text().codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .mapToPair(f -> new scala.Tuple2<>(f.id(), f.body().text()))
                .collectAsMap());
    }

    private static CodePointOffsets offsets(Broadcast<Map<String, String>> wide) {
        return new CodePointOffsets(wide.value());
    }

    private static Map<String, Object> converted(Map<String, Object> view, Broadcast<Map<String, String>> wide) {
        offsets(wide).convert(view);
        return view;
    }

    private static String line(Object view) {
        return Lines.JSON.line(view);
    }

    private static final class Lines {
        static final SituationJson JSON = new SituationJson();
    }
}
