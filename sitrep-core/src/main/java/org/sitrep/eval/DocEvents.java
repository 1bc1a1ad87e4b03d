package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.report.FactViews;

import java.util.List;
import java.util.Map;

/**
 * One report's own events (before fusion) as {@code sitrep/1} event objects, with the rule (sieve) that decided
 * each slot of each of them.
 *
 * @param doc    the document id
 * @param events the report's events
 * @param rules  event id to (slot to sieve name)
 */
public record DocEvents(String doc, List<JsonNode> events, Map<String, Map<String, String>> rules) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public DocEvents {
        events = List.copyOf(events);
        rules = Map.copyOf(rules);
    }

    /** A report's events and their rules (none when the report has no events layer). */
    public static DocEvents of(Report report) {
        if (!report.has(Layer.EVENTS)) {
            return new DocEvents(report.id(), List.of(), Map.of());
        }
        return of(report.id(), report.events());
    }

    public static DocEvents of(String doc, Events events) {
        List<JsonNode> nodes = events.events().stream().map(DocEvents::toJson).toList();
        return new DocEvents(doc, nodes, events.rules());
    }

    /** An event as {@code sitrep/1} writes it. */
    public static JsonNode toJson(Event event) {
        return MAPPER.valueToTree(FactViews.event(event));
    }

    /** Slot to sieve for one event (empty when unknown). */
    public Map<String, String> rulesOf(JsonNode event) {
        return rules.getOrDefault(event.path("id").asText(""), Map.of());
    }
}
