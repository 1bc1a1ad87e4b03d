package org.sitrep.extract.quote;

import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;

/** The day a quotation was spoken, from the time expression of its speech clause ("said on Monday"). */
final class SpeechDate {

    private SpeechDate() {
    }

    /**
     * The day of the one-day time expression nearest to character {@code cue} outside the quotation marks
     * ({@code quoted} tells which characters are inside),
     * or null when the clause tells none.
     */
    static LocalDate near(List<TimeExpression> times, IntPredicate quoted, int cue) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.first() == null || !t.first().equals(t.last()) || t.background()
                    || t.relation() == TimeExpression.Relation.FUTURE || quoted.test(t.start())) {
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
}
