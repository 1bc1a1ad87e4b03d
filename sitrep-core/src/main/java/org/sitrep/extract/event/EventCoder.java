package org.sitrep.extract.event;

import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Codes a merged draft as a {@code sitrep/1} Event: event type, status, tolls, notes in our own words. */
final class EventCoder {
    private final AcledTaxonomy taxonomy;

    EventCoder(AcledTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Event code(EventDraft d, String id, String doc) {
        List<Integer> reported = new ArrayList<>(1);
        if (d.fatalities != null) {
            reported.add(d.fatalities);
        }
        return new Event(id, d.date, d.dateEnd, d.precision == 0 ? 2 : d.precision, taxonomy.eventType(d.subEvent),
                d.subEvent, d.actor1, d.actor2, d.civilians, d.place, d.fatalities, reported, d.injuries,
                status(d.hedge), List.of(doc), List.copyOf(d.attributedTo), notes(d), d.evidence);
    }

    static EventStatus status(Hedge hedge) {
        if (hedge == null) {
            return EventStatus.REPORTED;
        }
        return switch (hedge) {
            case ASSERTED -> EventStatus.CONFIRMED;
            case REPORTED -> EventStatus.REPORTED;
            case CLAIMED -> EventStatus.CLAIMED;
            case UNVERIFIED -> EventStatus.UNVERIFIED;
            case DENIED -> EventStatus.DISPUTED;
        };
    }

    /** One sentence: date, actors, what happened, where, the toll and who says so. */
    static String notes(EventDraft d) {
        StringBuilder b = new StringBuilder();
        b.append(d.precision <= 1 ? "On " : "Around ").append(d.date).append(", ");
        b.append(d.actor1 == null ? "an unidentified actor" : d.actor1);
        b.append(' ').append(what(d.subEvent));
        if (d.actor2 != null) {
            b.append(" (").append(d.territorial() ? "from " : "against ").append(d.actor2).append(')');
        }
        b.append(" in ").append(where(d.place));
        List<String> toll = new ArrayList<>(2);
        if (d.fatalities != null) {
            toll.add(d.fatalities + " killed");
        }
        if (d.injuries != null) {
            toll.add(d.injuries + " injured");
        }
        if (d.vagueToll != null && d.fatalities == null) {
            toll.add("a toll given as \"" + d.vagueToll + "\"");
        }
        if (!toll.isEmpty()) {
            b.append("; ").append(String.join(", ", toll));
        }
        if (!d.attributedTo.isEmpty()) {
            b.append(", according to ").append(String.join(" and ", d.attributedTo));
        }
        if (d.hedge == Hedge.UNVERIFIED) {
            b.append(" (unverified)");
        } else if (d.hedge == Hedge.DENIED) {
            b.append(" (denied)");
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

    private static String where(Place p) {
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
