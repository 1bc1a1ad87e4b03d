package org.sitrep.text;

import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.Map;

/** Abbreviations that take a period ({@code abbreviations.tsv}), by kind. Immutable, shared by all threads. */
public final class Abbreviations {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/abbreviations.tsv";

    /** How a period after the abbreviation bears on sentence ends. */
    public enum Kind { TITLE, MONTH, INITIAL, OTHER, STARTER, PREFIX }

    private final Map<String, Kind> kinds;

    public Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static Abbreviations loadDefault() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String[] row : TsvResource.rows(DEFAULT_RESOURCE, 2)) {
            kinds.put(row[0], Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return new Abbreviations(kinds);
    }

    /** True for a word that opens a sentence after an abbreviation has closed the previous one. */
    public boolean starter(CharSequence word) {
        return kinds.get(word.toString()) == Kind.STARTER;
    }

    /** True for a word that stays joined to a capitalised word after its hyphen ("al", "abu", "pro"). */
    public boolean hyphenPrefix(CharSequence word) {
        return kinds.get(word.toString().toLowerCase(java.util.Locale.ROOT)) == Kind.PREFIX;
    }

    /** The kind of {@code word} (without its period), or null when it is not an abbreviation. */
    public Kind kind(CharSequence word) {
        Kind k = kinds.get(word.toString());
        if (k == Kind.STARTER || k == Kind.PREFIX) {
            return null;
        }
        if (k == null && isInitials(word)) {
            return Kind.INITIAL;
        }
        return k;
    }

    /** "U.S", "U.N", "A.B.C": single letters joined by periods (the last period is not part of the word). */
    static boolean isInitials(CharSequence w) {
        int n = w.length();
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }
}
