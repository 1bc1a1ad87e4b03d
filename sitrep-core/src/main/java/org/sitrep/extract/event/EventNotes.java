package org.sitrep.extract.event;

import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-sentence {@code notes} of an event, in the engine's own words: date, actors, what happened, where, the
 * toll and who says so. Used for a report's events and again for events fused across reports.
 */
public final class EventNotes {

    private EventNotes() {
    }

    /**
     * @param vagueToll a toll given only in words ("dozens"), or null
     * @param caveat    a closing remark in brackets ("unverified", "disputed"), or null
     */
    public static String write(LocalDate date, int precision, String subEvent, String actor1, String actor2,
                               Place place, Integer fatalities, Integer injuries, String vagueToll,
                               List<String> attributedTo, String caveat) {
        StringBuilder b = new StringBuilder();
        b.append(precision <= 1 ? "On " : "Around ").append(date).append(", ");
        b.append(actor1 == null ? "an unidentified actor" : actor1);
        b.append(' ').append(what(subEvent));
        if (actor2 != null) {
            b.append(" (").append(subEvent.endsWith("territory") ? "from " : "against ").append(actor2).append(')');
        }
        b.append(" in ").append(where(place));
        List<String> toll = new ArrayList<>(2);
        if (fatalities != null) {
            toll.add(fatalities + " killed");
        }
        if (injuries != null) {
            toll.add(injuries + " injured");
        }
        if (vagueToll != null && fatalities == null) {
            toll.add("a toll given as \"" + vagueToll + "\"");
        }
        if (!toll.isEmpty()) {
            b.append("; ").append(String.join(", ", toll));
        }
        if (!attributedTo.isEmpty()) {
            b.append(", according to ").append(String.join(" and ", attributedTo));
        }
        if (caveat != null) {
            b.append(" (").append(caveat).append(')');
        }
        return b.append('.').toString();
    }

    private static String what(String sub) {
        return switch (sub) {
            case "Non-state actor overtakes territory", "Government regains territory" -> "took control";
            case "Non-violent transfer of territory" -> "withdrew";
            case "Armed clash" -> "clashed";
            case "Attack" -> "attacked civilians";
            default -> "carried out an event of type " + sub.toLowerCase(Locale.ROOT);
        };
    }

    /** "Name, Admin1 (CC)". */
    public static String where(Place p) {
        StringBuilder b = new StringBuilder(p.name());
        if (p.admin1() != null && !p.admin1().equals(p.name())) {
            b.append(", ").append(p.admin1());
        }
        if (p.country() != null) {
            b.append(" (").append(p.country()).append(')');
        }
        return b.toString();
    }
}
