package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * Whether what a rule decided for one slot of an engine event agrees with the gold event it matched (null when it
 * matched none: then no slot agrees). {@code trigger} and {@code place} agree when the event matched at all (the
 * match needs the kind and the place); {@code sub_event_type} when the sub-event types are the same; the actors as
 * score.py compares them (alias groups, whole words, both null); {@code date} and {@code fatalities} when equal.
 * A slot this class does not know agrees when the event matched.
 */
public final class SlotAgreement {
    /** The slots events record a rule for, in the order reports list them. */
    public static final List<String> SLOTS = List.of("trigger", "sub_event_type", "actor1", "actor2", "place", "date",
            "fatalities");

    private final GoldNames names;

    public SlotAgreement(GoldNames names) {
        this.names = names;
    }

    public boolean agrees(String slot, JsonNode engine, JsonNode gold) {
        if (gold == null) {
            return false;
        }
        return switch (slot) {
            case "sub_event_type" -> EventFacts.subEventType(engine).equals(EventFacts.subEventType(gold));
            case "actor1", "actor2" -> names.same(EventFacts.text(engine, slot), EventFacts.text(gold, slot));
            case "date" -> Objects.equals(EventFacts.parseDate(EventFacts.text(engine, "event_date")),
                    EventFacts.parseDate(EventFacts.text(gold, "event_date")));
            case "fatalities" -> EventMatcher.sameNumber(engine.path("fatalities"), gold.path("fatalities"));
            default -> true; // trigger, place: the match itself needs the kind and the place
        };
    }
}
