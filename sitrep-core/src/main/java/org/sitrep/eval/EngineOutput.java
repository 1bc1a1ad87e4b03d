package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code sitrep/1} object with the lookups the scorer needs: its documents, its events by document, and every
 * spelling of each location entity (an event's place matches by any of them).
 */
public final class EngineOutput {
    private final Set<String> documents = new LinkedHashSet<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final Map<String, Set<String>> placeAliases = new HashMap<>();

    public EngineOutput(JsonNode root) {
        root.path("documents").forEach(d -> documents.add(d.path("id").asText()));
        root.path("events").forEach(events::add);
        for (JsonNode entity : root.path("entities")) {
            if (!"location".equals(EventFacts.text(entity, "type"))) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            if (entity.path("name").isTextual()) {
                spellings.add(entity.path("name").textValue());
            }
            entity.path("aliases").forEach(a -> spellings.add(a.asText()));
            for (String s : spellings) {
                placeAliases.computeIfAbsent(NameFold.fold(s), k -> new TreeSet<>()).addAll(spellings);
            }
        }
    }

    public Set<String> documents() {
        return documents;
    }

    public List<JsonNode> events() {
        return events;
    }

    /** The events that name {@code doc} among their sources or evidence, as score.py projects them. */
    public List<JsonNode> eventsOf(String doc) {
        return events.stream().filter(e -> docsOf(e).contains(doc)).toList();
    }

    /** An event's place name followed by every spelling of the location entity it belongs to. */
    public List<String> placeNames(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(placeAliases.getOrDefault(NameFold.fold(name), Set.of()));
        return out;
    }

    /** The documents an event names: its sources and the documents of its evidence. */
    public static Set<String> docsOf(JsonNode event) {
        Set<String> docs = new LinkedHashSet<>();
        event.path("sources").forEach(s -> docs.add(s.asText()));
        event.path("evidence").forEach(ev -> docs.add(ev.path("doc").asText(null)));
        return docs;
    }
}
