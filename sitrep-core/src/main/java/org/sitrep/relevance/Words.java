package org.sitrep.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the gate calls a word: a run of letters, digits and combining marks. Apostrophes and hyphens split words
 * ("al-Shabaab" is "al" and "shabaab"), in the body and in the lexicons' phrases alike, so a word taken from a
 * phrase is found in every text that spells the phrase.
 */
final class Words {

    private Words() {
    }

    /** True for a character that belongs to a word. */
    static boolean inWord(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c); // the vowel signs of Indic scripts, Arabic harakat
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The words of a phrase, lower case, in order. */
    static List<String> of(String phrase) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        while (i < phrase.length()) {
            if (!inWord(phrase.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < phrase.length() && inWord(phrase.charAt(i))) {
                i++;
            }
            out.add(phrase.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
