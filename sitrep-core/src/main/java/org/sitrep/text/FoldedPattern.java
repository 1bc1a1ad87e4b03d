package org.sitrep.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern searched as a case-sensitive one in an ASCII-lowered copy of the text. Case-blind
 * matching folds every character of the text at every position it tries; on the lowered copy each try is a
 * plain comparison, and an opening gate (the characters a match can start with) skips most positions at the
 * cost of one table look-up. The two give the same matches, offsets included (the copy has the text's length),
 * provided the pattern's own letters are lower-case ASCII and the text holds no character outside ASCII that
 * case-blind matching folds into ASCII (the long s, the Kelvin sign, a dotted capital I): {@link #lowered}
 * returns null for such a text, and the matcher then searches the text itself case-insensitively. Immutable.
 */
public final class FoldedPattern {
    private final Pattern insensitive;
    private final Pattern onLowered;

    private FoldedPattern(Pattern insensitive, Pattern onLowered) {
        this.insensitive = insensitive;
        this.onLowered = onLowered;
    }

    /**
     * Compiles {@code regex}, whose literal letters are lower-case ASCII, for case-insensitive search.
     *
     * @param opening every character a match can start with (in the lowered copy), or null for no gate
     */
    public static FoldedPattern compile(String regex, String opening) {
        String gated = opening == null ? regex : "(?=[" + escapeClass(opening) + "])" + regex;
        return new FoldedPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Pattern.compile(gated));
    }

    /**
     * A matcher of the text, searching {@code lowered} where it is given ({@link #lowered} of the text),
     * else the text itself. Offsets are the text's; groups must be read from the text by their offsets.
     */
    public Matcher matcher(String text, String lowered) {
        return lowered != null ? onLowered.matcher(lowered) : insensitive.matcher(text);
    }

    /**
     * {@code text} with A–Z lowered and every other character kept, or null when the text holds a character
     * outside ASCII that case-insensitive matching folds into ASCII (a search of the copy could then miss
     * what a case-insensitive search of the text finds).
     */
    public static String lowered(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            } else if (c >= 128 && foldsIntoAscii(c)) {
                return null;
            }
        }
        return new String(chars);
    }

    /** True for a character outside ASCII that case-insensitive matching treats as an ASCII one. */
    static boolean foldsIntoAscii(char c) {
        return CaseVariants.foldsIntoAscii(c);
    }

    /** True when every letter of {@code s} is lower-case ASCII and every character ASCII. */
    public static boolean isLowerAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    private static String escapeClass(String chars) {
        StringBuilder out = new StringBuilder();
        chars.chars().distinct().sorted().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                out.append('\\');
            }
            out.append((char) c);
        });
        return out.toString();
    }
}
