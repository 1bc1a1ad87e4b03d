package org.sitrep.report;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
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
        m.put("date", q.date() == null ? null : q.date().toString());
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
        m.put("period_start", f.periodStart() == null ? null : f.periodStart().toString());
        m.put("period_end", f.periodEnd() == null ? null : f.periodEnd().toString());
        m.put("attributed_to", f.attributedTo());
        m.put("evidence", evidence(f.evidence()));
        return m;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("event_date", e.eventDate() == null ? null : e.eventDate().toString());
        m.put("event_date_end", e.eventDateEnd() == null ? null : e.eventDateEnd().toString());
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
}
