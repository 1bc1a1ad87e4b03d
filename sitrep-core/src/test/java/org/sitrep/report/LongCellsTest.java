package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.model.TollClaim;
import org.sitrep.pipeline.Analysis;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident told by thousands of reports, or a report listing thousands of villages, still gives CSV cells a
 * spreadsheet accepts and GeoJSON features a map can show.
 */
class LongCellsTest {
    private static final Place TOWN = new Place("Pokrovsk", "UA", "Donetsk", 48.28, 37.18, 704147, 1);

    /** One incident told by {@code reports} reports, each attributing it to its own source, its notes very long. */
    private static Situation toldBy(int reports) {
        List<String> docs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<TollClaim> tolls = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            String doc = "report-" + i;
            String text = "Shelling hit village number " + i + " near Pokrovsk, officials said.";
            docs.add(doc);
            sources.add("official " + i);
            evidence.add(new Evidence(doc, 0, text.length(), text, sources.get(i), Hedge.REPORTED));
        }
        String villages = "Villages shelled: " + "Nova Poltavka, Zelene Pole, ".repeat(3000) + "and Ivanivka 🙂.";
        Event e = new Event("e1", LocalDate.of(2025, 3, 4), null, 1, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", true, TOWN, 2,
                List.of(2), null, EventStatus.REPORTED, docs, sources, villages, evidence);
        List<FusedEvent> fused = List.of(new FusedEvent(e, tolls, docs));
        return new Situation(new Analysis(List.of(), List.of()), fused, List.of(), new ControlTimeline().build(fused),
                Map.of());
    }

    @Test
    void csvCellsStayWithinTheLimitAndSayWhatWasLeftOut() throws Exception {
        StringWriter out = new StringWriter();
        new AcledCsvExport(AcledTables.loadDefault()).write(toldBy(5_000), out);
        CSVRecord row;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            row = parser.getRecords().get(0);
        }
        for (String cell : row.values()) {
            assertThat(cell.length()).isLessThanOrEqualTo(CsvCells.MAX_CHARS);
        }
        assertThat(row.get("documents")).startsWith("report-0;report-1;").matches(".*;… \\(\\d+ more\\)");
        assertThat(row.get("attributed_to")).matches(".*;… \\(\\d+ more\\)");
        assertThat(row.get("evidence")).startsWith("[report-0 0-").matches("(?s).* \\| … \\(\\d+ more\\)");
        int kept = row.get("documents").split(";").length - 1;
        assertThat(row.get("documents")).endsWith("… (" + (5_000 - kept) + " more)");
        assertThat(row.get("notes")).startsWith("Villages shelled: Nova Poltavka").matches("(?s).*… \\(\\d+ more characters\\)");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(99) + "🙂" + "b".repeat(100);
        for (int max = 60; max < 140; max++) {
            String cut = CsvCells.text(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat(Character.isHighSurrogate(cut.charAt(cut.indexOf('…') - 1))).isFalse();
        }
        assertThat(CsvCells.join(List.of("one", "two", "three"), ";", 100)).isEqualTo("one;two;three");
        assertThat(CsvCells.join(List.of("one", "two", "three", "four"), ";", 18)).isEqualTo("one;two;… (2 more)");
        assertThat(CsvCells.join(List.of("one", "two", "three", "four"), ";", 17)).isEqualTo("one;… (3 more)");
    }

    @Test
    void geoJsonListsAreCutAndCountedAndTheJsonStaysValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExport().write(toldBy(1_000), out);
        JsonNode properties = new ObjectMapper().readTree(out.toByteArray()).path("features").get(0).path("properties");
        assertThat(properties.path("sources")).hasSize(GeoJsonExport.MAX_LIST_ITEMS);
        assertThat(properties.path("sources_omitted").asInt()).isEqualTo(800);
        assertThat(properties.path("evidence")).hasSize(GeoJsonExport.MAX_LIST_ITEMS);
        assertThat(properties.path("evidence_omitted").asInt()).isEqualTo(800);
        assertThat(properties.path("merged_omitted").asInt()).isEqualTo(800);
        assertThat(properties.has("fatalities_reported_omitted")).isFalse();
    }
}
