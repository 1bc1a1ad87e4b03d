package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;
import java.util.List;

/**
 * "since", "until", "by", "as of" right before an expression: read onto the item, then applied to its days
 * ("since Sunday" runs to the day of writing; "until Friday" has no known start).
 */
final class RelationCues {
    private RelationCues() {
    }

    /** Reads the cue before each item that can take one (no range, opened range, possessive or "since" period). */
    static void read(TimeLexicon lx, TimeTokens tk, List<TimeItem> items) {
        int prevEnd = 0;
        for (TimeItem it : items) {
            if (it.from == null && !it.opened && !it.possessive && !sincePeriod(it)) {
                WordHit<Relation> h = lx.relationCues.endingBefore(tk, it.start, prevEnd, false);
                if (h != null) {
                    it.cue = h.value;
                    it.start = tk.start[h.from];
                }
            }
            prevEnd = it.end;
        }
    }

    private static boolean sincePeriod(TimeItem it) {
        return it.phraseKind() == TimeLexicon.PhraseKind.PERIOD && it.hit.value.period().since();
    }

    /** The expression of {@code it} with the days {@code s} its resolver gave, its cue applied. */
    static TimeExpression express(String text, TimeItem it, DaySpan s, LocalDate published) {
        LocalDate p = published;
        LocalDate first = s.first();
        LocalDate last = s.last();
        int precision = s.precision();
        Relation relation = s.relation();
        boolean background = TimeDays.background(first, last, s.yearLike(), p);
        if (it.cue == Relation.SINCE && first != null && (p == null || !first.isAfter(p))) {
            last = p;
            precision = last == null || s.precision() == 3 ? s.precision() : TimeDays.bySpan(first, last);
            relation = Relation.SINCE;
        } else if (it.cue == Relation.UNTIL && last != null) {
            first = null;
            relation = Relation.UNTIL;
        }
        return new TimeExpression(it.start, it.end, text.substring(it.start, it.end), first, last, precision,
                relation, background);
    }
}
