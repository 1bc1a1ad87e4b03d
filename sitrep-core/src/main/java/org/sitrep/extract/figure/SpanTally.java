package org.sitrep.extract.figure;

import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.time.TimeExpression;

import java.time.temporal.ChronoUnit;

/**
 * A count the sentence places over a span of days ("since Tuesday", "between March 1 and 9", "over the last
 * three days", "in July") or in the past beyond the report's month ("On June 10, 17 soldiers were killed" told
 * in September), or from a start told without a date ("since the fighting began"), is a tally: the report
 * codes no event of it. A night over two days is one incident's, and a span after a superlative ("the heaviest
 * shelling since 1971", "one of the deadliest attacks this year") compares, it counts nothing.
 */
final class SpanTally implements FigureSieve {
    private static final int COMPARISON_REACH = 8;
    private final FigureCues cues;

    SpanTally(FigureCues cues) {
        this.cues = cues;
    }

    @Override
    public Verdict judge(CountInContext c) {
        for (TimeExpression t : c.times()) {
            if (tells(t) && !compared(c, c.tokens().indexAt(t.start()))) {
                return Verdict.FIGURE;
            }
        }
        Tokens tokens = c.tokens();
        Sentence s = c.sentence();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (cues.span.startsAt(tokens, k, s.endToken()) && !cues.comparedSince(tokens, s.firstToken(), k)) {
                return Verdict.FIGURE; // "since the fighting began"
            }
        }
        return null;
    }

    /**
     * True when the expression at token {@code at} ends a comparison: a superlative before it ("one of the
     * deadliest attacks this year"), or before the "since" that opens it ("the heaviest shelling since 1971").
     */
    private boolean compared(CountInContext c, int at) {
        int from = c.sentence().firstToken();
        return cues.comparisonBefore(c.tokens(), from, at, COMPARISON_REACH) || cues.comparedSince(c.tokens(), from, at);
    }

    private static boolean tells(TimeExpression t) {
        switch (t.relation()) {
            case FUTURE:
                return false;
            case SINCE:
            case UNTIL:
                return true;
            case BETWEEN:
                return t.first() == null || t.last() == null || days(t);
            default:
                return t.background() || (t.first() != null && t.last() != null && days(t));
        }
    }

    /** True when the expression spans three days or more (a night over two days is one incident's). */
    private static boolean days(TimeExpression t) {
        return ChronoUnit.DAYS.between(t.first(), t.last()) >= 2;
    }
}
