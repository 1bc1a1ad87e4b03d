package org.sitrep.text;

/** Tells a line written as a headline (Title Case, no closing period) from a sentence. */
final class Headlines {

    private Headlines() {
    }

    /**
     * True when the line has no sentence-closing punctuation and at least four of five words of four or
     * more letters start with a capital ("Rebels Seize Key Town After Fierce Fighting").
     */
    static boolean looksLikeHeadline(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from || ".!?\"”’:".indexOf(text.charAt(end - 1)) >= 0) {
            return false;
        }
        int words = 0;
        int capitals = 0;
        int i = from;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i - start >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(start))) {
                    capitals++;
                }
            }
        }
        return words >= 2 && capitals * 5 >= words * 4;
    }
}
