package org.sitrep.clean.text;

/** The comparison form of a paragraph: lower case, straight quotes, single spaces. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(CharSequence text, int from, int to) {
        char[] out = new char[to - from]; // spaces only shrink
        int n = 0;
        boolean space = false;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (LineSheet.isSpace(c)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = normal(c);
        }
        return new String(out, 0, n);
    }

    private static char normal(char c) {
        if (c < 128) { // what the general mapping below gives, without Character's tables
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c;
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            default -> Character.toLowerCase(c);
        };
    }
}
