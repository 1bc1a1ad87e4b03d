package org.sitrep.extract.event;

import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Hedge;

import java.util.ArrayList;
import java.util.List;

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

    static String notes(EventDraft d) {
        String caveat = d.hedge == Hedge.UNVERIFIED ? "unverified" : d.hedge == Hedge.DENIED ? "denied" : null;
        return EventNotes.write(d.date, d.precision, d.subEvent, d.actor1, d.actor2, d.place, d.fatalities,
                d.injuries, d.vagueToll, List.copyOf(d.attributedTo), caveat);
    }
}
