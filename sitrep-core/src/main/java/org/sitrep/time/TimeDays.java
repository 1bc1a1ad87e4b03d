package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/** Day arithmetic of the resolvers: the year of a day written without one, shifts, precisions. */
final class TimeDays {
    /** Days before publication after which a day is only history. */
    static final int BACKGROUND_DAYS = 30;
    /** How many years a day written without its year is looked for, back or ahead. */
    private static final int YEARS_SEARCHED = 8;

    private TimeDays() {
    }

    /** The year of a day written without one: on or before publication, or after it in a future clause. */
    static LocalDate place(MonthDay md, DayOfWeek weekday, LocalDate p, boolean future) {
        LocalDate past = latestOnOrBefore(md, p);
        LocalDate next = earliestAfter(md, p);
        LocalDate pick = future && !md.equals(MonthDay.from(p)) ? next : past;
        if (weekday != null && pick != null && pick.getDayOfWeek() != weekday) {
            LocalDate other = pick == past ? next : past;
            if (other != null && other.getDayOfWeek() == weekday) {
                pick = other;
            }
        }
        return pick;
    }

    /** The last day {@code md} of a year that is not after {@code p}, or null (Feb 29 far from a leap year). */
    static LocalDate latestOnOrBefore(MonthDay md, LocalDate p) {
        for (int y = p.getYear(); y >= p.getYear() - YEARS_SEARCHED; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(p)) {
                return md.atYear(y);
            }
        }
        return null;
    }

    /** The first day {@code md} of a year that is after {@code p}, or null. */
    static LocalDate earliestAfter(MonthDay md, LocalDate p) {
        for (int y = p.getYear(); y <= p.getYear() + YEARS_SEARCHED; y++) {
            if (md.isValidYear(y) && md.atYear(y).isAfter(p)) {
                return md.atYear(y);
            }
        }
        return null;
    }

    /** {@code base} moved by {@code count} units of {@code unitHours} hours (years and months by the calendar). */
    static LocalDate shift(LocalDate base, int count, int unitHours) {
        if (unitHours >= 8760) {
            return base.plusYears(count * (long) (unitHours / 8760));
        }
        if (unitHours >= 720) {
            return base.plusMonths(count * (long) (unitHours / 720));
        }
        return base.plusDays(count * (long) unitHours / 24);
    }

    /** The precision of a day counted in a unit of {@code hours}, one coarser when the count is vague. */
    static int unitPrecision(int hours, boolean vague) {
        int p = hours <= 24 ? 1 : hours <= 168 ? 2 : 3;
        return vague ? Math.min(3, p + 1) : p;
    }

    /** FUTURE for a day after publication, else ON. */
    static Relation onOrFuture(LocalDate first, LocalDate p) {
        return p != null && first != null && first.isAfter(p) ? Relation.FUTURE : Relation.ON;
    }

    /** The precision of a span of days: one day 1, up to a week 2, longer 3. */
    static int bySpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return days <= 1 ? 1 : days <= 7 ? 2 : 3;
    }

    /** History: a year before the year of writing, or days ending more than {@link #BACKGROUND_DAYS} before it. */
    static boolean background(LocalDate first, LocalDate last, boolean yearLike, LocalDate p) {
        if (p == null || last == null) {
            return false;
        }
        return yearLike ? last.getYear() < p.getYear() : last.isBefore(p.minusDays(BACKGROUND_DAYS));
    }
}
