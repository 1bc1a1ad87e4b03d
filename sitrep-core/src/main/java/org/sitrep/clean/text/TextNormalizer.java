package org.sitrep.clean.text;

/** The comparison form of a paragraph: lower case, straight quotes, single spaces. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(CharSequence text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (LineSheet.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> sb.append('"');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
