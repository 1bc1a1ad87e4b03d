package org.sitrep.model;

import java.util.List;

/**
 * A person, organisation, actor or place named by the reports, merged across spellings and reports
 * ({@code sitrep/1} Entity).
 *
 * @param id       stable within one output ("E1")
 * @param name     canonical name
 * @param type     entity type
 * @param aliases  every other surface form seen
 * @param mentions how many times the reports name or describe it
 * @param docs     ids of the documents that mention it
 * @param place    for places, where it is; else null
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions, List<String> docs,
                     Place place) {

    public Entity {
        aliases = List.copyOf(aliases);
        docs = List.copyOf(docs);
    }
}
