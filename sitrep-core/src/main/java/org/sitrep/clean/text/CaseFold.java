package org.sitrep.clean.text;

/**
 * The case folding under which the rules' patterns compare characters ({@code CASE_INSENSITIVE | UNICODE_CASE}
 * makes two characters equal when their {@code toLowerCase(toUpperCase(c))} are). A literal a pattern requires
 * is found in a line's folded form exactly where the pattern could match it; note that a few non-ASCII characters
 * fold to ASCII letters (the long s to {@code s}, the Kelvin sign to {@code k}).
 */
final class CaseFold {
    private CaseFold() {
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
