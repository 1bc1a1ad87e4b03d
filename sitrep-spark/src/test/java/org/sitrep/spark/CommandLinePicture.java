package org.sitrep.spark;

import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.SituationJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What {@code sitrep analyze INPUT...} writes, made the way the command does (facts kept, batch dated). */
final class CommandLinePicture {

    private CommandLinePicture() {
    }

    static String json(List<String> inputs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SituationJson().write(situation(inputs), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What {@code sitrep analyze INPUT... --csv} writes. */
    static String csv(List<String> inputs) throws IOException {
        StringWriter out = new StringWriter();
        new AcledCsvExport(AcledTables.loadDefault()).write(situation(inputs), out);
        return out.toString();
    }

    private static Situation situation(List<String> inputs) {
        InputCollector.Collected collected = new InputCollector().collect(inputs);
        Analysis analysis = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), 2, false)
                .keepingFactsOnly().analyze(collected.inputs(), n -> { }, n -> { });
        List<Notice> notices = new ArrayList<>(collected.notices());
        notices.addAll(analysis.notices());
        return new SituationBuilder().build(new Analysis(analysis.reports(), notices));
    }
}
