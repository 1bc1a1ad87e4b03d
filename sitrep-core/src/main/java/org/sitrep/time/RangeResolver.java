package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;

/**
 * A range of two expressions, "between November 26 and December 1", "from Monday to Wednesday": its end is
 * resolved first; a first weekday, or a first day written without a year, is the latest such day not after the
 * end. Ends told the wrong way round are swapped.
 */
final class RangeResolver implements SpanResolver {
    public String name() {
        return "resolve:range";
    }

    public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
        if (it.from == null) {
            return null;
        }
        DaySpan b = cx.span(it.to, it);
        DateMention am = it.from.mention;
        DaySpan a;
        if (b.first() != null && am.kind() == DateMention.Kind.WEEKDAY
                && it.to.mention.kind() == DateMention.Kind.WEEKDAY) {
            LocalDate d = b.first().minusDays(
                    Math.floorMod(b.first().getDayOfWeek().getValue() - am.weekday().getValue(), 7));
            a = new DaySpan(d, d, 1, false, Relation.ON);
        } else if (b.first() != null && am.kind() == DateMention.Kind.EXPLICIT && am.year() == null) {
            LocalDate d = TimeDays.latestOnOrBefore(am.monthDay(), b.first());
            a = new DaySpan(d, d, 1, false, Relation.ON);
        } else {
            a = cx.span(it.from, it);
        }
        if (a.first() == null || b.last() == null) {
            return new DaySpan(null, null, Math.max(a.precision(), b.precision()), false, Relation.BETWEEN);
        }
        LocalDate first = a.first();
        LocalDate last = b.last();
        if (first.isAfter(last)) {
            LocalDate swap = first;
            first = b.first();
            last = swap.isAfter(a.last()) ? swap : a.last();
        }
        return new DaySpan(first, last, TimeDays.bySpan(first, last), a.yearLike() && b.yearLike(), Relation.BETWEEN);
    }
}
