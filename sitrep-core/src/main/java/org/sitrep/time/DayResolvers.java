package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * The resolvers of the date mentions that name their days: a day of a month, a weekday, a day relative to the day
 * of writing, a month of a year, a year. A day, weekday or the current month or year without its year goes to
 * the past of the day of writing, unless its clause is told in the future.
 */
final class DayResolvers {
    private DayResolvers() {
    }

    /** "Nov. 28", "28 November 2024", and the day ranges widened from them ("Nov. 26-29"). */
    static final class DayOfMonth implements SpanResolver {
        public String name() {
            return "resolve:day-of-month";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (!it.is(DateMention.Kind.EXPLICIT)) {
                return null;
            }
            DateMention m = it.mention;
            LocalDate p = cx.published;
            int firstDay = it.fromDay > 0 ? it.fromDay : m.day();
            MonthDay md = MonthDay.of(m.month(), firstDay);
            Integer year = m.year() != null ? m.year() : it.rangeYear;
            boolean range = it.fromDay > 0 || it.toDay > 0;
            LocalDate first;
            if (year != null) {
                first = md.isValidYear(year) ? md.atYear(year) : null;
            } else if (p == null) {
                first = null;
            } else {
                first = TimeDays.place(md, range ? null : m.weekday(), p, cx.future(clause));
            }
            if (first == null) {
                return DaySpan.unplaced(1);
            }
            LocalDate last = it.toDay > 0 ? first.withDayOfMonth(it.toDay)
                    : it.fromDay > 0 ? first.withDayOfMonth(m.day()) : first;
            return new DaySpan(first, last, TimeDays.bySpan(first, last), false,
                    range ? Relation.BETWEEN : TimeDays.onOrFuture(first, p));
        }
    }

    /**
     * "Friday": the last one on or before the day of writing; "last Friday" the one of the week before, "next
     * Friday" of the week after, "this Friday" of the current week; "since Friday" the last one before the day of
     * writing; in a future clause the next one after it.
     */
    static final class Weekday implements SpanResolver {
        public String name() {
            return "resolve:weekday";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (!it.is(DateMention.Kind.WEEKDAY)) {
                return null;
            }
            LocalDate p = cx.published;
            if (p == null) {
                return DaySpan.unplaced(1);
            }
            DayOfWeek w = it.mention.weekday();
            int back = Math.floorMod(p.getDayOfWeek().getValue() - w.getValue(), 7);
            int ahead = Math.floorMod(w.getValue() - p.getDayOfWeek().getValue(), 7);
            LocalDate d;
            boolean future = false;
            if (it.shift == -1) {
                d = p.minusDays(back == 0 ? 7 : back);
            } else if (it.shift == 1) {
                d = p.plusDays(ahead == 0 ? 7 : ahead);
                future = true;
            } else if (it.shift == 0) {
                d = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(w.getValue() - 1L);
            } else if (it.cue == Relation.SINCE && !it.dayPart) {
                d = p.minusDays(back == 0 ? 7 : back);
            } else if (cx.future(clause)) {
                d = p.plusDays(ahead == 0 ? 7 : ahead);
                future = true;
            } else {
                d = p.minusDays(back);
            }
            return new DaySpan(d, d, 1, false, future ? Relation.FUTURE : TimeDays.onOrFuture(d, p));
        }
    }

    /** "Yesterday", "today". */
    static final class RelativeDay implements SpanResolver {
        public String name() {
            return "resolve:relative-day";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (!it.is(DateMention.Kind.RELATIVE)) {
                return null;
            }
            LocalDate p = cx.published;
            if (p == null) {
                return DaySpan.unplaced(1);
            }
            LocalDate d = p.plusDays(it.mention.relativeDays());
            return new DaySpan(d, d, 1, false, TimeDays.onOrFuture(d, p));
        }
    }

    /** "March 2020", "early March 2020" (a third of it); the current month runs to the day of writing. */
    static final class MonthOfYear implements SpanResolver {
        public String name() {
            return "resolve:month-of-year";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (!it.is(DateMention.Kind.MONTH_YEAR)) {
                return null;
            }
            DateMention m = it.mention;
            LocalDate p = cx.published;
            LocalDate first = LocalDate.of(m.year(), m.month(), 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            if (it.qualifier > 0) {
                first = first.withDayOfMonth(it.qualifier == 1 ? 1 : it.qualifier == 2 ? 11 : 21);
                last = it.qualifier == 1 ? first.withDayOfMonth(10) : it.qualifier == 2 ? first.withDayOfMonth(20) : last;
            }
            if (p != null && !first.isAfter(p) && last.isAfter(p) && !cx.future(clause)) {
                last = p;
            }
            return new DaySpan(first, last, 3, false, TimeDays.onOrFuture(first, p));
        }
    }

    /** "2016", "the 1990s", "early 2020" (a third of it); the current year runs to the day of writing. */
    static final class Year implements SpanResolver {
        public String name() {
            return "resolve:year";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (!it.is(DateMention.Kind.YEAR)) {
                return null;
            }
            LocalDate p = cx.published;
            int y0 = it.mention.year();
            int y1 = it.decade ? y0 + 9 : y0;
            LocalDate first = LocalDate.of(y0, 1, 1);
            LocalDate last = LocalDate.of(y1, 12, 31);
            if (it.qualifier > 0) {
                long months = (y1 - y0 + 1) * 12L;
                long third = months / 3;
                first = first.plusMonths(third * (it.qualifier - 1));
                last = first.plusMonths(third).minusDays(1);
            }
            if (p != null && !it.decade && y0 == p.getYear() && last.isAfter(p) && !first.isAfter(p)
                    && !cx.future(clause)) {
                last = p;
            }
            return new DaySpan(first, last, 3, true, TimeDays.onOrFuture(first, p));
        }
    }
}
