package org.sitrep.geo;

/** How a looked-up name met a gazetteer entry, from the most to the least direct. */
public enum MatchLevel {
    /** The folded primary name or ASCII name of the entry (or a division's name from the code files). */
    NAME,
    /** One of the entry's alternate names (Latin script only), folded. */
    ALTERNATE,
    /** A spelling from the project's own alias list ({@code place-aliases.tsv}). */
    ALIAS,
    /** An English demonym of a country ("Syrian" for Syria), from {@code demonyms.tsv}. */
    DEMONYM,
    /** Only the consonant skeleton agrees: a loose guess, to be confirmed by context. */
    SKELETON;

    /** True for the fallback level, whose candidates often name a different place. */
    public boolean loose() {
        return this == SKELETON;
    }
}
