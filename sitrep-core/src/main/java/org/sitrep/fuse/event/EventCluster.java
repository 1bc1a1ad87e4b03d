package org.sitrep.fuse.event;

import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The events found so far to tell one incident. A newcomer must fit every member (complete link), so a chain of
 * loose matches cannot join two incidents; members that agree on every coded field are checked once.
 */
final class EventCluster {
    final int first;                   // input position of its earliest event, for output order
    final List<Event> members = new ArrayList<>();
    final List<Integer> positions = new ArrayList<>();
    final Set<Object> filedUnder = new HashSet<>(); // the index blocks it is filed under
    private final Map<Signature, Event> distinct = new HashMap<>();
    private final Map<String, List<Event>> byReport = new HashMap<>();

    EventCluster(Event seed, int position) {
        this.first = position;
        add(seed, position);
    }

    void add(Event e, int position) {
        members.add(e);
        positions.add(position);
        distinct.putIfAbsent(Signature.of(e), e);
        for (String doc : e.sources()) {
            byReport.computeIfAbsent(doc, k -> new ArrayList<>(1)).add(e);
        }
    }

    /** True when {@code e} may tell this incident: it fits every member. */
    boolean admits(Event e) {
        for (Event m : distinct.values()) {
            if (!FusionRules.fits(m, e)) {
                return false;
            }
        }
        for (String doc : e.sources()) {
            for (Event m : byReport.getOrDefault(doc, List.of())) {
                if (!FusionRules.fits(m, e) || !sameNamedActor(m, e)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How well {@code e} agrees with the members: the same day, place, actors and sub-event each add. Chooses
     * between clusters that all admit a coarse event ("strikes on the province last week").
     */
    int affinity(Event e) {
        int best = 0;
        for (Event m : distinct.values()) {
            int score = 0;
            score += Objects.equals(m.eventDate(), e.eventDate()) ? 3 : 0;
            score += FusionRules.samePlace(m.location(), e.location()) ? 3 : 0;
            score += m.actor1() != null && m.actor1().equals(e.actor1()) ? 2 : 0;
            score += m.actor2() != null && m.actor2().equals(e.actor2()) ? 1 : 0;
            score += m.subEventType().equals(e.subEventType()) ? 1 : 0;
            best = Math.max(best, score);
        }
        return best;
    }

    /**
     * Two events of one report were already kept apart by the report's own merging, which saw their sentences;
     * they are one only when told with the same named actor.
     */
    private static boolean sameNamedActor(Event a, Event b) {
        return a.actor1() != null && a.actor1().equals(b.actor1());
    }

    /**
     * What the fusion rules read of an event; members with equal signatures fit alike (but for the rules on one
     * report's own events, which {@link #admits} checks against that report's members).
     */
    private record Signature(String sub, Object date, Object end, int precision, Object place, int geoPrecision,
                             String actor1, String actor2) {
        static Signature of(Event e) {
            Object place = e.location() == null ? null
                    : e.location().geonameid() != null ? e.location().geonameid() : e.location().name();
            return new Signature(e.subEventType(), e.eventDate(), e.eventDateEnd(), e.timePrecision(), place,
                    e.location() == null ? 0 : e.location().geoPrecision(), e.actor1(), e.actor2());
        }
    }
}
