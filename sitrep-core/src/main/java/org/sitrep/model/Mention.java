package org.sitrep.model;

/**
 * One mention of a person, organisation, actor or place in a report.
 *
 * @param zone    0 for the body text, k for the report's k-th photo caption (offsets then point into it)
 * @param start   first character, in the zone's text
 * @param end     end (exclusive)
 * @param text    the words as written
 * @param type    what it names
 * @param key     what it refers to, for merging: an actor id ("actor:hts"), a GeoNames id ("geo:170063"),
 *                a region ("region:gaza strip") or a folded name ("person:dmitry peskov")
 * @param name    the canonical name of what it refers to
 * @param generic true for a description that names no one ("government forces", "the rebels") resolved
 *                from context; such mentions count for their actor but never add an alias
 * @param role    the title or role written with a person ("Kremlin spokesperson"), or null
 * @param place   for places, the resolved place; else null
 */
public record Mention(int zone, int start, int end, String text, EntityType type, String key, String name,
                      boolean generic, String role, Place place) {
}
