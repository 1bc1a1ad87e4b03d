package org.sitrep.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.fuse.Situation;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The events as a CSV file in ACLED's export columns, where they apply, followed by Sitrep's own (status, every
 * reported toll, the documents and the evidence). RFC 4180 quoting by Commons CSV, so any spreadsheet reads it.
 * {@code timestamp} is the last publication day of the event's sources (when its row last changed), in Unix
 * seconds, so a run over the same reports writes the same file.
 */
public final class AcledCsvExport {
    /** ACLED's export columns, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year",
            "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
            "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country",
            "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    /** Sitrep's columns after ACLED's. */
    public static final List<String> SITREP_COLUMNS = List.of("sitrep_id", "status", "fatalities_reported",
            "injuries", "attributed_to", "documents", "evidence");

    private final AcledTables tables;

    public AcledCsvExport(AcledTables tables) {
        this.tables = tables;
    }

    public void write(Situation situation, Writer out) throws IOException {
        Map<String, Report> reports = new HashMap<>();
        situation.analysis().reports().forEach(r -> reports.put(r.id(), r));
        List<String> header = new ArrayList<>(ACLED_COLUMNS);
        header.addAll(SITREP_COLUMNS);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        Map<String, Integer> perCountry = new HashMap<>();
        CodePointOffsets offsets = CodePointOffsets.of(situation);
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (FusedEvent f : situation.events()) {
                csv.printRecord(row(f.event(), reports, perCountry, offsets).stream().map(CsvCells::fit)
                        .map(AcledCsvExport::inert).toList());
            }
        }
    }

    /**
     * A text cell a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return)
     * gets a leading apostrophe, so report text stays text (OWASP's advice for CSV injection); numbers are left alone.
     */
    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    private List<Object> row(Event e, Map<String, Report> reports, Map<String, Integer> perCountry,
                             CodePointOffsets offsets) {
        Place p = e.location();
        String iso2 = p == null ? null : p.country();
        AcledTables.CountryRow country = tables.country(iso2);
        String prefix = country == null ? "XXX" : country.iso3();
        int n = perCountry.merge(prefix, 1, Integer::sum);
        Integer inter1 = tables.inter(e.actor1(), iso2);
        Integer inter2 = tables.inter(e.actor2(), iso2);
        List<Object> r = new ArrayList<>(ACLED_COLUMNS.size() + SITREP_COLUMNS.size());
        r.add(prefix + n);
        r.add(e.eventDate());
        r.add(e.eventDate() == null ? null : e.eventDate().getYear());
        r.add(e.timePrecision());
        r.add(tables.disorderType(e.subEventType()));
        r.add(e.eventType());
        r.add(e.subEventType());
        r.add(e.actor1());
        r.add(null);
        r.add(inter1);
        r.add(e.actor2());
        r.add(null);
        r.add(inter2);
        r.add(AcledTables.interaction(inter1, inter2));
        r.add(e.civilianTargeting() ? "Civilian targeting" : null);
        r.add(country == null ? null : country.isoNumeric());
        r.add(country == null ? null : country.region());
        r.add(country == null ? iso2 : country.name());
        r.add(p == null ? null : p.admin1());
        r.add(null);
        r.add(p == null ? null : p.name());
        r.add(p == null ? null : round(p.lat()));
        r.add(p == null ? null : round(p.lon()));
        r.add(p == null ? null : p.geoPrecision());
        r.add(outlets(e, reports));
        r.add(null);
        r.add(e.notes());
        r.add(e.fatalities() == null ? 0 : e.fatalities()); // ACLED writes 0 when no death is reported
        r.add(null);
        r.add(timestamp(e, reports));
        r.add(e.id());
        r.add(e.status().json());
        r.add(CsvCells.join(e.fatalitiesReported().stream().map(String::valueOf).toList(), ";"));
        r.add(e.injuries());
        r.add(CsvCells.join(e.attributedTo(), ";"));
        r.add(CsvCells.join(e.sources(), ";"));
        r.add(CsvCells.join(e.evidence().stream().map(ev -> evidence(ev, offsets)).toList(), " | "));
        return r;
    }

    /** Five decimals (about a metre): the gazetteer's single-precision coordinates without their float noise. */
    static Double round(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 1e5) / 1e5;
    }

    private static String evidence(Evidence ev, CodePointOffsets offsets) {
        return "[" + ev.doc() + " " + offsets.start(ev) + "-" + offsets.end(ev) + ", " + ev.hedge().json() + "] "
                + ev.text();
    }

    /** ACLED's source column: the outlets, ";"-separated (a document without a known outlet by its id). */
    private static String outlets(Event e, Map<String, Report> reports) {
        Set<String> names = new LinkedHashSet<>();
        for (String doc : e.sources()) {
            Report r = reports.get(doc);
            String outlet = r != null && r.has(Layer.OUTLET) ? r.outlet().name() : null;
            names.add(outlet != null ? outlet : doc);
        }
        return CsvCells.join(List.copyOf(names), "; ");
    }

    private static Long timestamp(Event e, Map<String, Report> reports) {
        return e.sources().stream().map(reports::get).filter(Objects::nonNull)
                .filter(r -> r.has(Layer.PUBLICATION)).map(r -> r.publication().date()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).map(d -> d.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).orElse(null);
    }
}
