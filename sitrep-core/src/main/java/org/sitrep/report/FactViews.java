package org.sitrep.report;

import org.sitrep.model.ControlChange;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.model.Quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events, figures, quotes and their evidence as {@code sitrep/1} writes them. */
public final class FactViews {

    private FactViews() {
    }

    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", e.doc());
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("text", e.text());
        m.put("attributed_to", e.attributedTo());
        m.put("hedge", e.hedge().json());
        return m;
    }

    private static List<Map<String, Object>> evidence(List<Evidence> list) {
        return list.stream().map(FactViews::evidence).toList();
    }

    public static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("speaker", q.speaker());
        m.put("speaker_role", q.speakerRole());
        m.put("text", q.text());
        m.put("date", date(q.date()));
        m.put("evidence", evidence(q.evidence()));
        return m;
    }

    public static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().json());
        m.put("count", f.count());
        m.put("qualifier", f.qualifier().json());
        m.put("group", f.group());
        m.put("area", f.area() == null ? null : EntityView.place(f.area()));
        m.put("period_start", date(f.periodStart()));
        m.put("period_end", date(f.periodEnd()));
        m.put("attributed_to", f.attributedTo());
        m.put("evidence", evidence(f.evidence()));
        return m;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("event_date", date(e.eventDate()));
        m.put("event_date_end", date(e.eventDateEnd()));
        m.put("time_precision", e.timePrecision());
        m.put("event_type", e.eventType());
        m.put("sub_event_type", e.subEventType());
        m.put("actor1", e.actor1());
        m.put("actor2", e.actor2());
        m.put("civilian_targeting", e.civilianTargeting());
        m.put("location", EntityView.place(e.location()));
        m.put("fatalities", e.fatalities());
        m.put("fatalities_reported", e.fatalitiesReported());
        m.put("injuries", e.injuries());
        m.put("status", e.status().json());
        m.put("sources", e.sources());
        m.put("attributed_to", e.attributedTo());
        m.put("notes", e.notes());
        m.put("evidence", evidence(e.evidence()));
        return m;
    }

    /** A fused event: the {@code sitrep/1} Event, every report's toll and the per-report events fused into it. */
    public static Map<String, Object> fusedEvent(FusedEvent f) {
        Map<String, Object> m = event(f.event());
        m.put("tolls", f.tolls().stream().map(t -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("fatalities", t.fatalities());
            v.put("doc", t.doc());
            v.put("attributed_to", t.attributedTo());
            v.put("status", t.status().json());
            return v;
        }).toList());
        m.put("merged", f.merged());
        return m;
    }

    public static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("kind", t.kind().json());
        m.put("group", t.group());
        m.put("area", t.area() == null ? null : EntityView.place(t.area()));
        m.put("period_start", date(t.periodStart()));
        m.put("period_end", date(t.periodEnd()));
        m.put("claims", t.claims().stream().map(c -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("count", c.count());
            v.put("qualifier", c.qualifier().json());
            v.put("attributed_to", c.attributedTo());
            v.put("doc", c.doc());
            v.put("date", date(c.date()));
            v.put("evidence", evidence(c.figure().evidence()));
            return v;
        }).toList());
        m.put("low", t.low());
        m.put("high", t.high());
        m.put("conservative", t.conservative());
        m.put("latest", t.latest());
        return m;
    }

    public static Map<String, Object> control(PlaceControl p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("place", EntityView.place(p.place()));
        m.put("changes", p.changes().stream().map(c -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", date(c.date()));
            v.put("time_precision", c.precision());
            v.put("from", c.from());
            v.put("to", c.to());
            v.put("event_id", c.eventId());
            v.put("status", c.status().json());
            return v;
        }).toList());
        ControlChange last = p.latest().orElse(null);
        m.put("held_by", last == null ? null : last.to());
        m.put("since", last == null ? null : date(last.date()));
        return m;
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
