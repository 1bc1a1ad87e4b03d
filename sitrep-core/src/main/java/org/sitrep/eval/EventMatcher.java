package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.geo.PlaceResolver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an engine event with a gold event as {@code EventMatcher} in {@code score.py}: the same coarse kind, no
 * more than a day apart (a missing day passes), and the same place by name (aliases, whole words) or less than
 * 25 km apart. The score of a possible pair prefers the exact day, the place by name and the closer place, then
 * agreeing slots.
 */
public final class EventMatcher {
    public static final double PLACE_KM = 25.0;

    private final GoldNames names;
    private final EngineOutput output;

    public EventMatcher(GoldNames names, EngineOutput output) {
        this.names = names;
        this.output = output;
    }

    public GoldNames names() {
        return names;
    }

    /** The pair's score, or null when engine event {@code e} cannot match gold event {@code g}. */
    public Double compare(JsonNode e, JsonNode g) {
        EventFacts fe = EventFacts.of(e);
        EventFacts fg = EventFacts.of(g);
        if (!fe.kind().equals(fg.kind())) {
            return null;
        }
        if (fe.date() != null && fg.date() != null && Math.abs(fe.date().toEpochDay() - fg.date().toEpochDay()) > 1) {
            return null;
        }
        boolean byName = fg.placeName() != null && names.match(output.placeNames(fe.placeName()), fg.placeName());
        Double km = fe.hasCoords() && fg.hasCoords()
                ? PlaceResolver.km(fe.lat(), fe.lon(), fg.lat(), fg.lon()) /* as score.py */ : null;
        boolean near = km != null && km < PLACE_KM;
        if (!(byName || near)) {
            return null;
        }
        Map<String, Boolean> slots = slots(e, g);
        double day = Objects.equals(fe.date(), fg.date()) ? 3.0 : fe.date() != null && fg.date() != null ? 1.0 : 0.0;
        return day + (byName ? 1 : 0) + (near ? 1 - km / PLACE_KM : 0.0)
                + 0.5 * (bit(slots.get("sub_event_type")) + bit(slots.get("actor1")))
                + 0.25 * (bit(slots.get("actor2")) + bit(slots.get("fatalities")));
    }

    /** Which slots of a pair agree: sub_event_type, actor1, actor2, fatalities, event_date. */
    public Map<String, Boolean> slots(JsonNode e, JsonNode g) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("sub_event_type", EventFacts.subEventType(e).equals(EventFacts.subEventType(g)));
        m.put("actor1", names.same(EventFacts.text(e, "actor1"), EventFacts.text(g, "actor1")));
        m.put("actor2", names.same(EventFacts.text(e, "actor2"), EventFacts.text(g, "actor2")));
        m.put("fatalities", sameNumber(e.path("fatalities"), g.path("fatalities")));
        m.put("event_date", Objects.equals(EventFacts.parseDate(EventFacts.text(e, "event_date")),
                EventFacts.parseDate(EventFacts.text(g, "event_date"))));
        return m;
    }

    /** Python's {@code ==} on two JSON values that are numbers or null (missing counts as null). */
    static boolean sameNumber(JsonNode a, JsonNode b) {
        boolean aNull = a.isMissingNode() || a.isNull();
        boolean bNull = b.isMissingNode() || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.equals(b);
    }

    private static int bit(Boolean b) {
        return Boolean.TRUE.equals(b) ? 1 : 0;
    }
}
