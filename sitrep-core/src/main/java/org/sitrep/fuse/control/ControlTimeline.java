package org.sitrep.fuse.control;

import org.sitrep.fuse.event.FusionRules;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Event;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who held each place over time, from the fused territorial events: a capture or a recapture gives the place to
 * its actor1 from its actor2; a withdrawal (non-violent transfer) gives it from actor1 to actor2. One timeline per
 * place, oldest change first; places in order of their first change.
 */
public final class ControlTimeline {

    /**
     * The place whose control a fused event changes ({@code geo:ID}, or {@code name:CC|Name} for a place the gazetteer
     * does not know), or null when it changes none (not territorial, undated, unplaced). Each place's timeline is
     * built from its own events only.
     */
    public static String placeKey(Event e) {
        if (e.location() == null || e.eventDate() == null || !FusionRules.territorial(e)) {
            return null;
        }
        return e.location().geonameid() != null ? "geo:" + e.location().geonameid()
                : "name:" + e.location().country() + "|" + e.location().name();
    }

    public List<PlaceControl> build(List<FusedEvent> events) {
        Map<String, List<Event>> byPlace = new LinkedHashMap<>();
        for (FusedEvent f : events) {
            Event e = f.event();
            String key = placeKey(e);
            if (key != null) {
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<PlaceControl> out = new ArrayList<>(byPlace.size());
        for (List<Event> list : byPlace.values()) {
            list.sort(Comparator.comparing(Event::eventDate).thenComparing(Event::id));
            List<ControlChange> changes = new ArrayList<>(list.size());
            for (Event e : list) {
                boolean withdrawal = e.subEventType().startsWith("Non-violent");
                changes.add(new ControlChange(e.eventDate(), e.timePrecision(),
                        withdrawal ? e.actor1() : e.actor2(), withdrawal ? e.actor2() : e.actor1(), e.id(),
                        e.status()));
            }
            out.add(new PlaceControl(list.get(0).location(), changes));
        }
        out.sort(Comparator.comparing(p -> p.changes().get(0).date()));
        return out;
    }
}
