package org.sitrep.extract;

import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/** Tells whether a token lies inside a quotation opened earlier in its sentence: a speaker's words, not the report's. */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    public static boolean inside(Tokens tokens, Sentence s, int i) {
        int straight = 0;
        int open = 0;
        for (int k = s.firstToken(); k < i; k++) {
            char c = tokens.first(k);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open = Math.max(0, open - 1);
            }
        }
        return straight % 2 == 1 || open > 0;
    }
}
