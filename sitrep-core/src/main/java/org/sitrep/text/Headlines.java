package org.sitrep.text;

/** Tells a line written as a headline (Title Case, no closing period) from a sentence. */
final class Headlines {

    /** Lines at the top of a report where a title in sentence case may stand (after a section label or two). */
    static final int TOP_LINES = 3;
    /** Words a title line has at least and at most. */
    private static final int TITLE_MIN_WORDS = 4;
    private static final int TITLE_MAX_WORDS = 24;

    private Headlines() {
    }

    /**
     * True for a title in sentence case at the top of a report ("Armenian attack leaves 12 civilians dead in X",
     * "UPDATE: 14 militants killed in X attack"): a line of a few words with no sentence-closing punctuation.
     */
    static boolean looksLikeTitleLine(String text, int from, int to) {
        int end = openEnd(text, from, to, ".!?\"”’:;,");
        if (end < 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS;
    }

    /**
     * True when the line has no sentence-closing punctuation and at least four of five words of four or
     * more letters start with a capital ("Rebels Seize Key Town After Fierce Fighting").
     */
    static boolean looksLikeHeadline(String text, int from, int to) {
        int end = openEnd(text, from, to, ".!?\"”’:");
        if (end < 0) {
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

    /** The end of the line's text past trailing blanks, or -1 when it is empty or ends in one of {@code closers}. */
    private static int openEnd(String text, int from, int to, String closers) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end == from || closers.indexOf(text.charAt(end - 1)) >= 0 ? -1 : end;
    }
}
