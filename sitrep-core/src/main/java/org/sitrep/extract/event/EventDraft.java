package org.sitrep.extract.event;

import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An event as the extractor assembles it from one or more sentences of a report, before it is coded. */
final class EventDraft {
    /**
     * Most sentences kept as one event's evidence: a real event is told in a few (ten at most in the dev corpus);
     * a text repeating one sentence thousands of times gives one event, not one with thousands of proofs.
     */
    static final int MAX_EVIDENCE = 50;

    final String subEvent;
    final int sentence;
    /** The last sentence whose account this draft holds. */
    int lastSentence;
    String actor1;
    String actor2;
    Place place;
    LocalDate date;
    LocalDate dateEnd;
    int precision;
    /** True when the date is the report's own for this sentence (not inherited or assumed). */
    boolean ownDate;
    boolean civilians;
    Integer fatalities;
    Integer injuries;
    String vagueToll;
    Hedge hedge;
    final List<Evidence> evidence = new ArrayList<>(1);
    final Set<String> attributedTo = new LinkedHashSet<>();
    /** Slot name to the rule that decided it, for the rule report. */
    final Map<String, String> rules = new LinkedHashMap<>(8);

    EventDraft(String subEvent, int sentence) {
        this.subEvent = subEvent;
        this.sentence = sentence;
        this.lastSentence = sentence;
    }

    /** True when both are changes of control, or the same sub-event type. */
    boolean sameKind(EventDraft other) {
        return territorial() == other.territorial() && (territorial() || subEvent.equals(other.subEvent));
    }

    boolean territorial() {
        return subEvent.endsWith("territory");
    }

    /** Adds a sentence that tells this event, unless it holds {@link #MAX_EVIDENCE} already. */
    void addEvidence(Evidence e) {
        if (evidence.size() < MAX_EVIDENCE) {
            evidence.add(e);
        }
    }

    /** Takes the other draft's evidence and every field this one lacks. */
    void absorb(EventDraft other) {
        for (Evidence e : other.evidence) {
            if (evidence.size() < MAX_EVIDENCE
                    && evidence.stream().noneMatch(x -> x.doc().equals(e.doc()) && x.start() == e.start())) {
                evidence.add(e);
            }
        }
        attributedTo.addAll(other.attributedTo);
        lastSentence = Math.max(lastSentence, other.lastSentence);
        if (actor1 == null && other.actor1 != null) {
            actor1 = other.actor1;
            take(other, "actor1");
        }
        if (actor2 == null && other.actor2 != null) {
            actor2 = other.actor2;
            take(other, "actor2");
        }
        if (!ownDate && other.ownDate) {
            date = other.date;
            dateEnd = other.dateEnd;
            precision = other.precision;
            ownDate = true;
            take(other, "date");
        }
        if (place == null || (other.place != null && other.place.geoPrecision() < place.geoPrecision()
                && sameArea(place, other.place))) {
            place = other.place;
            take(other, "place");
        }
        civilians |= other.civilians;
        if (fatalities == null && other.fatalities != null) {
            fatalities = other.fatalities;
            take(other, "fatalities");
        }
        if (injuries == null) {
            injuries = other.injuries;
        }
        if (vagueToll == null) {
            vagueToll = other.vagueToll;
        }
        if (other.hedge != null && (hedge == null || other.hedge.weakerThan(hedge))) {
            hedge = other.hedge;
        }
    }

    private void take(EventDraft other, String slot) {
        String rule = other.rules.get(slot);
        if (rule != null) {
            rules.put(slot, rule);
        } else {
            rules.remove(slot);
        }
    }

    private static boolean sameArea(Place a, Place b) {
        return a.admin1() != null && a.admin1().equals(b.admin1());
    }
}
