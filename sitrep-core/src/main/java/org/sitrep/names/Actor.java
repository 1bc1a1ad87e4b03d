package org.sitrep.names;

import org.sitrep.model.EntityType;

import java.util.List;

/**
 * An actor of the knowledge files: a named group, institution or medium, or a generated state actor of a
 * country ("Military Forces of Sudan").
 *
 * @param id      stable id ("actor:hayat tahrir al sham", "state:SD:military")
 * @param name    canonical name
 * @param type    entity type, or null for actors that are not entities (civilians)
 * @param country ISO 3166-1 alpha-2 code, or "" for international bodies
 * @param acled   the ACLED-style name, or "" when none is known
 * @param kind    for generated state actors the template kind ("military", "police", "government"), else ""
 * @param aliases the other names of the knowledge file
 */
public record Actor(String id, String name, EntityType type, String country, String acled, String kind,
                    List<String> aliases) {

    public Actor {
        aliases = List.copyOf(aliases);
    }
}
