package org.sitrep.extract.figure;

import org.sitrep.extract.QuoteMarks;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/**
 * A count inside quotation marks is the speaker's word, left to the quotes: one opened earlier in the sentence,
 * or one the sentence only closes (a quotation of several sentences: {@code I found 29 bodies," he said}).
 */
final class QuotedCount implements FigureSieve {

    @Override
    public Verdict judge(CountInContext c) {
        Tokens tokens = c.tokens();
        Sentence s = c.sentence();
        int at = c.count().first();
        return QuoteMarks.inside(tokens, s, at) || closedAfter(tokens, s, at) ? Verdict.NOT_FIGURE : null;
    }

    /** True when a closing mark follows token {@code i} before any opening one, or straight marks after it are odd. */
    static boolean closedAfter(Tokens tokens, Sentence s, int i) {
        int straight = 0;
        for (int k = i + 1; k < s.endToken(); k++) {
            char ch = tokens.first(k);
            if (ch == '\u201C') {
                return false;
            }
            if (ch == '\u201D') {
                return true;
            }
            if (ch == '"') {
                straight++;
            }
        }
        return straight % 2 == 1;
    }
}
