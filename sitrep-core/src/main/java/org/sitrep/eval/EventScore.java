package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "events" figure of {@code score.py}: every gold document against the output's events projected onto it
 * (those naming the document among their sources or evidence), micro-averaged over the documents; and its "event
 * slots": over the matched pairs, how many agree on each slot.
 *
 * @param events    matched, engine and gold events
 * @param slotHits  per slot (sub_event_type, actor1, actor2, fatalities, event_date), the pairs that agree on it
 */
public record EventScore(Prf events, Map<String, Integer> slotHits) {

    public EventScore {
        slotHits = Map.copyOf(slotHits);
    }

    public static EventScore of(GoldCorpus gold, EngineOutput output) {
        EventMatcher matcher = new EventMatcher(gold.names(), output);
        Prf total = Prf.ZERO;
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String doc : gold.docs().keySet()) {
            List<JsonNode> engine = output.eventsOf(doc);
            List<JsonNode> goldEvents = gold.events(doc);
            Matching matching = Matching.of(engine, goldEvents, matcher::compare);
            total = total.plus(matching.tally(engine.size(), goldEvents.size()));
            matching.matched().forEach((i, j) -> matcher.slots(engine.get(i), goldEvents.get(j))
                    .forEach((slot, ok) -> hits.merge(slot, ok ? 1 : 0, Integer::sum)));
        }
        return new EventScore(total, hits);
    }

    /** Only the events tally. */
    public static Prf events(GoldCorpus gold, EngineOutput output) {
        return of(gold, output).events();
    }
}
