package org.sitrep.extract.figure;

import org.sitrep.model.Sentence;

/** Tells whether a position of a sentence lies inside quotation marks opened in that sentence. */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static boolean inside(String text, Sentence s, int offset) {
        int open = 0;
        boolean straight = false;
        for (int i = s.start(); i < Math.min(offset, s.end()); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return open > 0 || straight;
    }
}
