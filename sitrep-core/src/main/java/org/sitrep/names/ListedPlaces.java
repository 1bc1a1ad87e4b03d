package org.sitrep.names;

/**
 * "the Abbas and Nour neighbourhoods", "Ghor, Ward and Hama provinces": a plural place word after a list of
 * names makes every name of the list a place, not only the last one.
 */
final class ListedPlaces {
    /** Names a list may run on before its place word. */
    static final int MAX_ITEMS = 4;
    /** Words a listed name may have. */
    static final int MAX_WORDS = 3;

    private ListedPlaces() {
    }

    /** True for a plural place word ("provinces", "neighbourhoods"), which a list of names may share. */
    static boolean plural(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss");
    }
}
