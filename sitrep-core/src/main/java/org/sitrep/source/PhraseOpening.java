package org.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a phrasing of {@link OutletTable#phrases()} can open with, read from the start of its
 * pattern: the self-naming {@code {O}} (a capital, a digit, or the "t" of "the"), or a group of plain words
 * ("(?:told|telling|spoke to) ..."), or one plain word. A look-ahead on these characters, put before the
 * pattern, lets the engine pass over a position with one table look-up instead of trying each alternative
 * there case-blind. The look-ahead matches a character exactly when case-blind matching of an opening letter
 * would; for any other start (an anchor, an escape, an optional part) there is no gate.
 */
final class PhraseOpening {
    /** The name placeholders; a name opens with "The", "the", a capital or a digit, matched with case. */
    private static final Pattern NAME_START = Pattern.compile("^\\{(?:O|W|LIST)}");
    /** A group of alternatives at the start: each a plain word of at least its first letter, unquantified. */
    private static final Pattern WORD_GROUP = Pattern.compile("^\\(\\?:([^()]*)\\)(?![?*+{])");
    private static final Pattern PLAIN_WORD = Pattern.compile("^[a-z](?![?*+{])");

    private PhraseOpening() {
    }

    /** A look-ahead to put before the phrasing's pattern, or "" when its opening is not one of the known shapes. */
    static String gate(String phrase) {
        if (NAME_START.matcher(phrase).find()) {
            return "(?=(?-i:[A-Z0-9t]))";
        }
        List<Character> firsts = new ArrayList<>();
        Matcher group = WORD_GROUP.matcher(phrase);
        List<String> alternatives = group.find() ? List.of(group.group(1).split("\\|", -1)) : List.of(phrase);
        for (String alternative : alternatives) {
            if (!PLAIN_WORD.matcher(alternative).find()) {
                return "";
            }
            firsts.add(alternative.charAt(0));
        }
        return "(?=(?-i:[" + caseBlindVariants(firsts) + "]))";
    }

    /**
     * Every character that case-blind matching (with Unicode case) takes for one of {@code letters}: the
     * letter, its capital, and the few others that fold to it (the long s for "s", the Kelvin sign for "k").
     */
    private static String caseBlindVariants(List<Character> letters) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            for (char letter : letters) {
                int target = Character.toLowerCase(Character.toUpperCase(letter));
                if (c == target || folded == target) {
                    out.append((char) c);
                    break;
                }
            }
        }
        return out.toString();
    }
}
