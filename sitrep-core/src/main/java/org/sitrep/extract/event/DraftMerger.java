package org.sitrep.extract.event;

import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges the drafts of one report that tell the same event: the same kind at the same place on compatible
 * days with compatible actors (ACLED's one event per place, day and actors), and an undated sentence that
 * goes on about the event of the sentence before it ("It said the military had carried out strikes on …").
 */
final class DraftMerger {

    List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (EventDraft d : drafts) {
            EventDraft into = null;
            for (EventDraft e : out) {
                if (same(e, d) || continues(e, d)) {
                    into = e;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
            } else {
                into.absorb(d);
            }
        }
        return out;
    }

    private static boolean same(EventDraft a, EventDraft b) {
        if (!a.sameKind(b) || !Clauses.samePlace(a.place, b.place)) {
            return false;
        }
        if (Objects.equals(a.date, b.date)) {
            // a strike whose day is only carried over from the paragraph before must have the same actor
            return a.territorial() || a.ownDate && b.ownDate ? compatible(a.actor1, b.actor1)
                    : Objects.equals(a.actor1, b.actor1);
        }
        if (a.ownDate && b.ownDate) {
            return false;
        }
        // an undated mention of a change of control is the dated one; an undated strike only with the same actor
        return a.territorial() ? compatible(a.actor1, b.actor1) : Objects.equals(a.actor1, b.actor1);
    }

    /** An undated draft of the next sentence, of the same sub-event and actor, elaborates the one before. */
    private static boolean continues(EventDraft a, EventDraft b) {
        if (b.territorial() || a.territorial() || !near(a.place, b.place)) {
            return false;
        }
        if (!b.ownDate && b.sentence == a.lastSentence + 1 && a.subEvent.equals(b.subEvent)
                && Objects.equals(a.actor1, b.actor1) && a.actor1 != null) {
            return true;
        }
        // "The aircraft dropped two bombs on the compound": a strike told again in the next sentences without
        // its actor or a day of its own, at the same place, is the one just told
        return b.actor1 == null && (!b.ownDate || Objects.equals(a.date, b.date)) && b.sentence - a.lastSentence <= 2
                && b.sentence > a.lastSentence && a.place != null && b.place != null;
    }

    private static final double NEAR_KM = 15;

    /** True when two places may be one: the same, one unplaced, or within a town's reach of each other. */
    private static boolean near(Place a, Place b) {
        if (a == null || b == null || Clauses.samePlace(a, b) || a.lat() == null || b.lat() == null
                || b.geoPrecision() == 2) { // a part of a town ("the X neighbourhood") is placed only roughly
            return true;
        }
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return 6371 * Math.sqrt(dLat * dLat + dLon * dLon) <= NEAR_KM;
    }

    private static boolean compatible(String x, String y) {
        return x == null || y == null || x.equals(y);
    }
}
