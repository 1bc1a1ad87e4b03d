package org.sitrep.model;

import java.util.List;
import java.util.Map;

/**
 * The events one report tells, in order of position.
 *
 * @param events events in order of position
 * @param rules  for each event id, which rule (sieve) decided each of its slots ({@code trigger}, {@code actor1},
 *               {@code actor2}, {@code place}, {@code date}, {@code fatalities}); read by the rule report
 */
public record Events(List<Event> events, Map<String, Map<String, String>> rules) {

    public Events {
        events = List.copyOf(events);
        rules = Map.copyOf(rules);
    }

    public Events(List<Event> events) {
        this(events, Map.of());
    }

    /** Slot name to the rule that decided it, for one event (empty when unknown). */
    public Map<String, String> rulesOf(String eventId) {
        return rules.getOrDefault(eventId, Map.of());
    }
}
