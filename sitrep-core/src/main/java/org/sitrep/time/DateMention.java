package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * One expression of time in a text, with offsets into that text.
 *
 * @param start        first character
 * @param end          end (exclusive)
 * @param kind         what shape it has
 * @param month        the month, or null (weekday, relative and bare-year mentions)
 * @param day          the day of the month, or 0 when none is given
 * @param year         the year written with it, or null
 * @param weekday      the weekday written with it ("Friday, Nov. 29", "on Friday"), or null
 * @param relativeDays for {@link Kind#RELATIVE}: days from the day of writing ("yesterday" = -1); else 0
 * @param text         the words as written
 */
public record DateMention(int start, int end, Kind kind, Month month, int day, Integer year, DayOfWeek weekday,
                          int relativeDays, String text) {

    /** The shapes of time expressions. */
    public enum Kind {
        /** A day of a month, with or without a year: "Nov. 30", "29 November 2024", "2024-11-29". */
        EXPLICIT,
        /** A weekday name on its own: "on Friday", "said Monday", "Wednesday's offensive". */
        WEEKDAY,
        /** A day told relative to the day of writing: "yesterday", "today". */
        RELATIVE,
        /** A span told relative to the day of writing that names no day: "earlier this month". */
        RELATIVE_SPAN,
        /** A month of a year: "March 2020". */
        MONTH_YEAR,
        /** A year on its own: "in 2016", "since 2020". */
        YEAR
    }

    /** The month and day, or null when the mention has none. */
    public MonthDay monthDay() {
        return month == null || day == 0 ? null : MonthDay.of(month, day);
    }

    /** The full date when the mention writes its year, else null. */
    public LocalDate date() {
        MonthDay md = monthDay();
        if (md == null || year == null || !md.isValidYear(year)) {
            return null;
        }
        return md.atYear(year);
    }

    /** True for a mention that names one day (with or without its year). */
    public boolean isDay() {
        return kind == Kind.EXPLICIT;
    }
}
