package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Timeout;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.RawInput;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.GeoJsonExport;
import org.sitrep.report.SituationJson;
import org.sitrep.report.SituationReport;
import org.sitrep.time.TimeExpression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzed bytes through the whole pipeline (one pipeline per JVM), then written as sitrep/1 JSON, CSV, GeoJSON and
 * Markdown. Either the input is refused with a one-line {@link InputException}, or: sentences, tokens, names and
 * times lie inside the cleaned text; every event's and figure's evidence is one of the report's sentences and every
 * quote's lies inside the text; the JSON and GeoJSON parse and their evidence offsets, counted in code points, give
 * the evidence text; the CSV parses with one cell per column in every row; the Markdown is written.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();
    private static final InputReader READER = new InputReader(4L * 1024 * 1024);
    private static final AcledTables TABLES = AcledTables.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "30s")
    @Timeout(20)
    void analyse(byte[] input) throws IOException {
        byte[] bytes = FuzzChecks.cap(input, 16 * 1024);
        InputBatch batch;
        try {
            batch = READER.expand(bytes, "fuzz", "fuzz.txt", new IdAllocator());
        } catch (InputException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        List<Report> reports = new ArrayList<>();
        for (RawInput raw : batch.inputs()) {
            try {
                reports.add(PIPELINE.run(new Report(raw)));
            } catch (InputException refused) {
                assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }
        reports.forEach(PipelineFuzzTest::checkReport);
        Situation situation = new SituationBuilder().build(new Analysis(reports, batch.notices()));
        checkOutputs(situation);
    }

    private static void checkReport(Report r) {
        String text = r.body().text();
        int length = text.length();
        List<Sentence> sentences = r.reading().sentences();
        for (Sentence s : sentences) {
            FuzzChecks.span(s.start(), s.end(), length, "sentence " + s.index());
        }
        for (int i = 0; i < r.reading().tokens().size(); i++) {
            FuzzChecks.span(r.reading().tokens().start(i), r.reading().tokens().end(i), length, "token " + i);
        }
        for (Mention m : r.names().mentions()) {
            if (m.zone() == 0) {
                FuzzChecks.span(m.start(), m.end(), length, "mention " + m.text());
            }
        }
        for (TimeExpression t : r.times().expressions()) {
            FuzzChecks.span(t.start(), t.end(), length, "time " + t.text());
        }
        List<Evidence> sentenceEvidence = new ArrayList<>();
        for (Event e : r.events().events()) {
            sentenceEvidence.addAll(e.evidence());
            if (e.fatalities() != null) {
                assertThat(e.fatalities()).as(e.id()).isNotNegative();
            }
        }
        for (Figure f : r.figures().figures()) {
            sentenceEvidence.addAll(f.evidence());
            assertThat(f.count()).as("figure count").isNotNegative();
        }
        for (Evidence ev : sentenceEvidence) {
            checkEvidence(r, ev);
            Sentence s = r.reading().sentenceAt(ev.start());
            assertThat(s).as("a sentence holds the evidence at %d", ev.start()).isNotNull();
            assertThat(ev.end()).as("its sentence holds the evidence").isLessThanOrEqualTo(s.end());
        }
        if (r.has(Layer.QUOTES)) {
            for (Quote q : r.quotes().quotes()) {
                q.evidence().forEach(ev -> checkEvidence(r, ev));
            }
        }
    }

    private static void checkEvidence(Report r, Evidence ev) {
        String text = r.body().text();
        assertThat(ev.doc()).isEqualTo(r.id());
        FuzzChecks.span(ev.start(), ev.end(), text.length(), "evidence");
        assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
    }

    private static void checkOutputs(Situation situation) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new SituationJson().write(situation, json);
        JsonNode root = JSON.readTree(json.toByteArray());
        assertThat(root.path("schema").asText()).isEqualTo(SituationJson.SCHEMA);
        Map<String, int[]> texts = new HashMap<>();
        root.path("documents").forEach(d -> texts.put(d.path("id").asText(),
                d.path("text").asText().codePoints().toArray()));
        checkCodePointEvidence(root, texts);

        ByteArrayOutputStream geo = new ByteArrayOutputStream();
        new GeoJsonExport().write(situation, geo);
        JsonNode features = JSON.readTree(geo.toByteArray());
        assertThat(features.path("type").asText()).isEqualTo("FeatureCollection");
        checkCodePointEvidence(features, texts);

        StringWriter csv = new StringWriter();
        new AcledCsvExport(TABLES).write(situation, csv);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString()))) {
            int columns = parser.getHeaderNames().size();
            for (CSVRecord row : parser.getRecords()) {
                assertThat(row.size()).as("cells in CSV row %d", row.getRecordNumber()).isEqualTo(columns);
            }
            assertThat(parser.getRecordNumber()).as("one CSV row per event")
                    .isEqualTo(situation.events().size());
        }

        String markdown = new SituationReport().render(situation);
        assertThat(markdown).isNotBlank();
    }

    /** Every evidence object of the tree: {@code text[start:end]} in code points is its text. */
    private static void checkCodePointEvidence(JsonNode node, Map<String, int[]> texts) {
        if (node.isObject() && node.has("doc") && node.has("start") && node.has("end") && node.has("text")
                && node.has("hedge")) {
            int[] cps = texts.get(node.path("doc").asText());
            assertThat(cps).as("document %s", node.path("doc").asText()).isNotNull();
            int start = node.path("start").asInt();
            int end = node.path("end").asInt();
            FuzzChecks.span(start, end, cps.length, "code-point evidence");
            assertThat(new String(cps, start, end - start)).isEqualTo(node.path("text").asText());
            return;
        }
        for (JsonNode child : node) {
            checkCodePointEvidence(child, texts);
        }
    }
}
