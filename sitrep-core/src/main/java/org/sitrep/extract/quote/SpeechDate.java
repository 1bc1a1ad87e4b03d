package org.sitrep.extract.quote;

import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/** The day a quotation was spoken, from the time expression of its speech clause ("said on Monday"). */
final class SpeechDate {

    private SpeechDate() {
    }

    /**
     * The day of the one-day time expression nearest to character {@code cue} outside the quotation marks,
     * or null when the clause tells none.
     */
    static LocalDate near(List<TimeExpression> times, List<QuoteSpan> spans, int cue) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.first() == null || !t.first().equals(t.last()) || t.background()
                    || t.relation() == TimeExpression.Relation.FUTURE || quoted(spans, t.start())) {
                continue;
            }
            int distance = Math.abs(t.start() - cue);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.first();
    }

    private static boolean quoted(List<QuoteSpan> spans, int offset) {
        for (QuoteSpan s : spans) {
            if (s.covers(offset)) {
                return true;
            }
        }
        return false;
    }
}
