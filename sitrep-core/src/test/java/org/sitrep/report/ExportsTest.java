package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV, GeoJSON and Markdown outputs of a small situation written for the test. */
class ExportsTest {
    private static final Place TOWN = new Place("Tall Rif'at", "SY", "Aleppo", 36.47, 37.10, 163476, 1);
    private static final Place CITY = new Place("Aleppo", "SY", "Aleppo", 36.20, 37.16, 170063, 1);
    private static final Place NOWHERE = new Place("Wadi Unknown", "SY", null, null, null, null, 1);

    private static Event event(String id, String sub, String type, String actor1, String actor2, Place place,
                               Integer killed, EventStatus status, Hedge hedge, String by) {
        String doc = id.substring(0, id.indexOf('#'));
        String text = "Said, with \"quotes\", of " + id;
        List<Integer> reported = new ArrayList<>();
        if (killed != null) {
            reported.add(killed);
        }
        return new Event(id, LocalDate.of(2024, 11, 30), null, 1, type, sub, actor1, actor2,
                actor2 != null && actor2.startsWith("Civilians"), place, killed, reported, null, status,
                List.of(doc), by == null ? List.of() : List.of(by), "notes, with a comma, of " + id,
                List.of(new Evidence(doc, 0, text.length(), text, by, hedge)));
    }

    private static Situation situation() {
        List<Event> events = List.of(
                event("a#e1", "Air/drone strike", "Explosions/Remote violence", "Military Forces of Russia",
                        "Civilians (Syria)", CITY, 15, EventStatus.REPORTED, Hedge.REPORTED, "White Helmets"),
                event("b#e1", "Air/drone strike", "Explosions/Remote violence", "Military Forces of Russia", null,
                        CITY, 12, EventStatus.REPORTED, Hedge.REPORTED, "monitor"),
                event("a#e2", "Non-state actor overtakes territory", "Battles", "Hayat Tahrir al-Sham",
                        "Military Forces of Syria", TOWN, null, EventStatus.CLAIMED, Hedge.CLAIMED,
                        "Hayat Tahrir al-Sham"),
                event("b#e2", "Armed clash", "Battles", "Military Forces of Syria", null, NOWHERE, null,
                        EventStatus.UNVERIFIED, Hedge.UNVERIFIED, null));
        List<FusedEvent> fused = new EventFuser().fuse(events);
        return new Situation(new Analysis(List.of(), List.of()), fused, List.of(), new ControlTimeline().build(fused),
                Map.of());
    }

    @Test
    void csvHasAcledsColumnsAndCodesAndSurvivesARoundTrip() throws IOException {
        StringWriter out = new StringWriter();
        new AcledCsvExport(AcledTables.loadDefault()).write(situation(), out);
        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        assertThat(header).containsSubsequence("event_id_cnty", "event_date", "year", "time_precision",
                "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
                "admin2", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp");
        assertThat(header).contains("status", "fatalities_reported", "evidence");
        assertThat(rows).hasSize(3);
        CSVRecord strike = rows.get(0);
        assertThat(strike.get("event_id_cnty")).isEqualTo("SYR1");
        assertThat(strike.get("iso")).isEqualTo("760");
        assertThat(strike.get("country")).isEqualTo("Syria");
        assertThat(strike.get("region")).isEqualTo("Middle East");
        assertThat(strike.get("disorder_type")).isEqualTo("Political violence");
        assertThat(strike.get("inter1")).isEqualTo("8"); // Russia's forces in Syria are external forces
        assertThat(strike.get("inter2")).isEqualTo("7");
        assertThat(strike.get("interaction")).isEqualTo("78");
        assertThat(strike.get("civilian_targeting")).isEqualTo("Civilian targeting");
        assertThat(strike.get("fatalities")).isEqualTo("12");
        assertThat(strike.get("fatalities_reported")).isEqualTo("12;15");
        assertThat(strike.get("latitude")).isEqualTo("36.2");
        assertThat(strike.get("longitude")).isEqualTo("37.16");
        assertThat(strike.get("evidence")).contains("Said, with \"quotes\", of a#e1").contains(" | ");
        assertThat(strike.get("notes")).contains("told by 2 reports");
        CSVRecord capture = rows.get(1);
        assertThat(capture.get("event_id_cnty")).isEqualTo("SYR2");
        assertThat(capture.get("inter1")).isEqualTo("2");
        assertThat(capture.get("inter2")).isEqualTo("1");
        assertThat(capture.get("interaction")).isEqualTo("12");
        assertThat(capture.get("status")).isEqualTo("claimed");
        assertThat(capture.get("fatalities")).isEqualTo("0");
        assertThat(rows.get(2).get("inter1")).isEqualTo("1");
        assertThat(rows.get(2).get("interaction")).isEqualTo("10");
        assertThat(rows.get(2).get("latitude")).isEmpty();
    }

    @Test
    void geoJsonIsAnRfc7946FeatureCollectionWithLongitudeFirst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExport().write(situation(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = root.get("features");
        assertThat(features).hasSize(4); // three events and one place whose control changed
        for (JsonNode f : features) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.has("properties")).isTrue();
            assertThat(f.has("geometry")).isTrue();
            JsonNode g = f.get("geometry");
            if (!g.isNull()) {
                assertThat(g.get("type").asText()).isEqualTo("Point");
                assertThat(g.get("coordinates")).hasSize(2);
                double lon = g.get("coordinates").get(0).asDouble();
                double lat = g.get("coordinates").get(1).asDouble();
                assertThat(lon).isBetween(-180.0, 180.0);
                assertThat(lat).isBetween(-90.0, 90.0);
            }
        }
        JsonNode strike = features.get(0);
        assertThat(strike.at("/geometry/coordinates/0").asDouble()).isEqualTo(37.16);
        assertThat(strike.at("/geometry/coordinates/1").asDouble()).isEqualTo(36.2);
        assertThat(strike.at("/properties/feature_type").asText()).isEqualTo("event");
        assertThat(strike.at("/properties/evidence")).hasSize(2);
        assertThat(strike.at("/properties/sources")).hasSize(2);
        assertThat(features.get(2).get("geometry").isNull()).isTrue(); // unplaced, kept with a null geometry
        JsonNode control = features.get(3);
        assertThat(control.at("/properties/feature_type").asText()).isEqualTo("control");
        assertThat(control.at("/properties/held_by").asText()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(control.at("/geometry/coordinates/0").asDouble()).isEqualTo(37.1);
    }

    @Test
    void theSituationReportTellsTheStoryAndKeepsConflictingTollsSideBySide() {
        String md = new SituationReport().render(situation());
        assertThat(md).startsWith(org.sitrep.ingest.InputNames.GENERATED_MARK + "\n\n# Situation report: 2024-11-30");
        assertThat(md).contains("## Overview", "## Events by day", "## Control changes",
                "## Unverified, claimed and disputed", "## Documents read");
        assertThat(md).contains("They tell of 3 incidents (4 mentions fused)");
        assertThat(md).contains("| 12 (12, 15 reported) |");
        assertThat(md).contains("One incident has conflicting tolls.");
        assertThat(md).contains("| Tall Rif'at, Aleppo (SY) | 2024-11-30 | Military Forces of Syria | "
                + "Hayat Tahrir al-Sham | claimed | Hayat Tahrir al-Sham, 2024-11-30 |");
        assertThat(md).contains("- **unverified**: ");
    }
}
