package org.sitrep.names;

/**
 * What a phrase of the knowledge index stands for: a named actor, a description resolved from context, or
 * a region.
 *
 * @param actor       the actor named or described, or null (generic descriptions, regions)
 * @param genericKind for a description that names no country ("government forces"), the template kind it
 *                    resolves to ("military", "armed_group", ...), else null
 * @param region      the region, or null
 * @param surface     the phrase as written in the knowledge file
 * @param exactCase   true when the text must match {@code surface} letter for letter (acronyms)
 * @param capitalized true when the text's first word must start with a capital (names, "Syrian army")
 * @param description true for a description ("the Syrian army", "Russian warplanes") rather than a name
 */
public record Lexeme(Actor actor, String genericKind, Region region, String surface, boolean exactCase,
                     boolean capitalized, boolean description) {
}
