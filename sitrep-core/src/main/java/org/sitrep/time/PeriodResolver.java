package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A named period around the day of writing: "last week", "this month", "next year", "the weekend", "earlier this
 * month" (to date), "the rest of the year", "since the start of the month", and "early last month" (a third of
 * it). A phrase of the lexicon, or a mention of a span relative to today whose words the lexicon knows.
 */
final class PeriodResolver implements SpanResolver {
    public String name() {
        return "resolve:period";
    }

    public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
        if (it.is(DateMention.Kind.RELATIVE_SPAN)) {
            TimeLexicon.Period period = cx.lexicon.period(it.mention.text());
            return period == null || cx.published == null ? DaySpan.unplaced(3) : span(cx, period, clause);
        }
        if (it.phraseKind() == TimeLexicon.PhraseKind.PERIOD) {
            return cx.published == null ? DaySpan.unplaced(3) : span(cx, it.hit.value.period(), clause);
        }
        return null;
    }

    private static DaySpan span(ResolveContext cx, TimeLexicon.Period period, TimeItem clause) {
        LocalDate p = cx.published;
        LocalDate start;
        LocalDate end;
        int precision;
        switch (period.unit()) {
            case "week" -> {
                start = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(period.shift());
                end = start.plusDays(6);
                precision = 2;
            }
            case "month" -> {
                start = p.withDayOfMonth(1).plusMonths(period.shift());
                end = start.with(TemporalAdjusters.lastDayOfMonth());
                precision = 3;
            }
            case "year" -> {
                start = p.withDayOfYear(1).plusYears(period.shift());
                end = start.with(TemporalAdjusters.lastDayOfYear());
                precision = 3;
            }
            default -> {
                precision = 2;
                if (period.shift() < 0) {
                    end = p.minusDays(p.getDayOfWeek() == DayOfWeek.SUNDAY ? 7 : p.getDayOfWeek().getValue());
                    start = end.minusDays(1);
                } else if (period.shift() > 0) {
                    start = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                } else if (p.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    start = p.minusDays(1);
                    end = p;
                } else if (p.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    start = p;
                    end = cx.future(clause) ? p.plusDays(1) : p;
                } else if (cx.future(clause)) {
                    start = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                } else {
                    start = p.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                }
            }
        }
        boolean yearLike = period.unit().equals("year");
        if (clause.qualifier > 0) {
            if (period.unit().equals("month")) {
                start = start.withDayOfMonth(clause.qualifier == 1 ? 1 : clause.qualifier == 2 ? 11 : 21);
                end = clause.qualifier == 1 ? start.withDayOfMonth(10)
                        : clause.qualifier == 2 ? start.withDayOfMonth(20) : end;
            } else {
                start = start.plusMonths(4L * (clause.qualifier - 1));
                end = start.plusMonths(4).minusDays(1);
            }
            if (end.isAfter(p) && !start.isAfter(p) && !cx.future(clause)) {
                end = p;
            }
            return new DaySpan(start, end, precision, yearLike, TimeDays.onOrFuture(start, p));
        }
        if (period.since()) {
            return new DaySpan(start, p, precision, yearLike, Relation.SINCE);
        }
        switch (period.part()) {
            case "to-date" -> {
                if (cx.future(clause)) {
                    return new DaySpan(p, end, precision, yearLike, Relation.FUTURE);
                }
                return new DaySpan(start, p, precision, yearLike, Relation.ON);
            }
            case "rest" -> {
                LocalDate from = end.isAfter(p) ? p.plusDays(1) : p;
                return new DaySpan(from, end, precision, yearLike, Relation.FUTURE);
            }
            default -> {
                return new DaySpan(start, end, precision, yearLike, TimeDays.onOrFuture(start, p));
            }
        }
    }
}
