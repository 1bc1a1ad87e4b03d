package org.sitrep.fuse.event;

import org.sitrep.extract.event.EventNotes;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Place;
import org.sitrep.model.TollClaim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes one incident from the events that tell it: every source and piece of evidence; the most precise day and
 * place (the one most reports agree on among the most precise); the named actors most reports give; the lowest
 * credible toll (a party's own claim counts only when nobody else gives one), with every toll kept beside it.
 */
final class EventMerge {

    FusedEvent merge(List<Event> members, List<Integer> positions) {
        List<Event> byPosition = new ArrayList<>(members);
        Map<Event, Integer> at = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            at.put(members.get(i), positions.get(i));
        }
        byPosition.sort(Comparator.comparingInt(at::get));
        if (byPosition.size() == 1) {
            Event only = byPosition.get(0);
            return new FusedEvent(only, tolls(byPosition), List.of(only.id()));
        }
        Event first = byPosition.get(0);
        int timePrecision = byPosition.stream().mapToInt(Event::timePrecision).min().orElse(first.timePrecision());
        Event dated = mostCommon(byPosition.stream().filter(e -> e.timePrecision() == timePrecision)
                        .sorted(Comparator.comparing(Event::eventDate)).toList(), // the earlier day on a tie
                e -> List.of(String.valueOf(e.eventDate()), String.valueOf(e.eventDateEnd())));
        int geoPrecision = byPosition.stream().mapToInt(e -> rank(e.location())).min().orElse(0);
        Event placed = mostCommon(byPosition.stream().filter(e -> rank(e.location()) == geoPrecision).toList(),
                e -> e.location().geonameid() != null ? e.location().geonameid() : e.location().name());
        String actor1 = mostCommonValue(byPosition, Event::actor1);
        String actor2 = mostCommonValue(byPosition, Event::actor2);
        Event coded = mostCommon(byPosition.stream()
                .filter(e -> actor1 == null || !FusionRules.territorial(e) || actor1.equals(e.actor1())).toList(),
                Event::subEventType);
        Integer fatalities = conservativeToll(byPosition);
        Integer injuries = byPosition.stream().map(Event::injuries).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
        Set<Integer> reported = new TreeSet<>();
        byPosition.forEach(e -> reported.addAll(e.fatalitiesReported()));
        Set<String> sources = new LinkedHashSet<>();
        Set<String> attributed = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Event e : byPosition) {
            sources.addAll(e.sources());
            attributed.addAll(e.attributedTo());
            for (Evidence ev : e.evidence()) {
                if (seen.add(ev.doc() + ':' + ev.start() + ':' + ev.end())) {
                    evidence.add(ev);
                }
            }
        }
        EventStatus status = StatusRule.of(byPosition);
        Place place = placed.location();
        List<String> attributedTo = List.copyOf(attributed);
        String notes = EventNotes.write(dated.eventDate(), timePrecision, coded.subEventType(), actor1, actor2, place,
                fatalities, injuries, null, attributedTo, caveat(status, sources.size(), reported));
        Event fused = new Event(first.id(), dated.eventDate(), dated.eventDateEnd(), timePrecision,
                coded.eventType(), coded.subEventType(), actor1, actor2,
                byPosition.stream().anyMatch(Event::civilianTargeting), place, fatalities, List.copyOf(reported),
                injuries, status, List.copyOf(sources), attributedTo, notes, evidence);
        return new FusedEvent(fused, tolls(byPosition), byPosition.stream().map(Event::id).toList());
    }

    /** The lowest toll of the reports that are not a party's own claim; the lowest of all when only parties give one. */
    static Integer conservativeToll(List<Event> members) {
        Integer credible = members.stream().filter(e -> e.status() != EventStatus.CLAIMED).map(Event::fatalities)
                .filter(Objects::nonNull).min(Integer::compare).orElse(null);
        if (credible != null) {
            return credible;
        }
        return members.stream().map(Event::fatalities).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    private static List<TollClaim> tolls(List<Event> members) {
        List<TollClaim> out = new ArrayList<>();
        for (Event e : members) {
            if (e.fatalities() != null) {
                String doc = e.sources().isEmpty() ? null : e.sources().get(0);
                String by = e.attributedTo().isEmpty() ? null : e.attributedTo().get(0);
                out.add(new TollClaim(e.fatalities(), doc, by, e.status()));
            }
        }
        return out;
    }

    private static String caveat(EventStatus status, int reports, Set<Integer> tolls) {
        List<String> parts = new ArrayList<>(3);
        if (status == EventStatus.DISPUTED || status == EventStatus.UNVERIFIED || status == EventStatus.CLAIMED) {
            parts.add(status.json());
        }
        parts.add("told by " + reports + " reports");
        if (tolls.size() > 1) {
            parts.add("tolls reported: " + String.join(", ", tolls.stream().map(String::valueOf).toList()));
        }
        return String.join("; ", parts);
    }

    /** A resolved place before an unresolved one, then the finer ACLED geo precision. */
    private static int rank(Place p) {
        if (p == null) {
            return 10;
        }
        return p.geoPrecision() * 2 + (p.geonameid() == null ? 1 : 0);
    }

    /** The member whose key most members share; the earliest on a tie. */
    private static Event mostCommon(List<Event> candidates, Function<Event, Object> key) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Event e : candidates) {
            counts.merge(key.apply(e), 1, Integer::sum);
        }
        Event best = candidates.get(0);
        for (Event e : candidates) {
            if (counts.get(key.apply(e)) > counts.get(key.apply(best))) {
                best = e;
            }
        }
        return best;
    }

    /** The non-null value most members give; the earliest on a tie; null when none gives one. */
    private static String mostCommonValue(List<Event> members, Function<Event, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event e : members) {
            String v = value.apply(e);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) { // a named actor before an unnamed one
            if (best == null || FusionRules.unnamed(best) && !FusionRules.unnamed(c.getKey())
                    || c.getValue() > counts.get(best) && FusionRules.unnamed(best) == FusionRules.unnamed(c.getKey())) {
                best = c.getKey();
            }
        }
        return best;
    }
}
