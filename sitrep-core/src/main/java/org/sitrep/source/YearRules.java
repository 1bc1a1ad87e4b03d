package org.sitrep.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules that give a body's days written without a year their year, one class each, tried in the orders
 * {@link #BODY} and {@link #DATELINE} write; the first that applies decides. A date written with its year fixes
 * the year of the others; else a year the report tells as current, with no weekday to go by; else the years in
 * which its weekdays may agree with its dates; a dateline's day also takes the recent years its weekdays may fit.
 */
final class YearRules {
    private YearRules() {
    }

    /** Years searched for weekday agreement. */
    static final int SEARCH_YEARS = 12;

    /** One way of choosing the year; null when it does not apply. */
    interface YearRule {
        /** The rule's name, "year:way". */
        String name();

        Years choose(DateEvidence evidence, int currentYear);
    }

    /**
     * What a rule chose: a reference date whose nearest year the days take, or the candidate years to try.
     *
     * @param note the words that explain the year, appended to a publication's explanation
     * @param sure false when the report does not fix the year (only where loose weekdays agree best)
     */
    record Years(LocalDate reference, List<Integer> candidates, String note, boolean sure) {
    }

    /** The body's days: a dated mention, a stated current year, weekday agreement. */
    static final List<YearRule> BODY = List.of(new DatedMention(), new StatedYear(), new WeekdayAgreement());

    /** A dateline's yearless day: as the body's, then the recent years its weekdays may fit. */
    static final List<YearRule> DATELINE = List.of(
            new DatedMention(), new StatedYear(), new WeekdayAgreement(), new RecentWeekdays());

    /** The first choice of {@code rules}, or null when none applies. */
    static Years choose(List<YearRule> rules, DateEvidence evidence, int currentYear) {
        for (YearRule r : rules) {
            Years y = r.choose(evidence, currentYear);
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /**
     * A date written with its year anywhere in the report (body, caption, post signature): its latest one is the
     * reference, unless a bare year told later as past ("since 2020") makes it background.
     */
    static final class DatedMention implements YearRule {
        public String name() {
            return "year:dated-mention";
        }

        public Years choose(DateEvidence evidence, int currentYear) {
            if (evidence.fullDates().isEmpty()) {
                return null;
            }
            LocalDate latest = Collections.max(evidence.fullDates());
            if (floorYear(evidence) > latest.getYear()) {
                return null;
            }
            return new Years(latest, List.of(), ", year from the date " + latest, true);
        }
    }

    /** A year told as current ("so far in 2025") where no weekday tells otherwise: the latest such. */
    static final class StatedYear implements YearRule {
        public String name() {
            return "year:stated";
        }

        public Years choose(DateEvidence evidence, int currentYear) {
            if (evidence.thisYears().isEmpty() || hasWeekdays(evidence)) {
                return null;
            }
            int year = Collections.max(evidence.thisYears());
            return new Years(null, List.of(year), ", year from '" + year + "'", true);
        }
    }

    /**
     * The years in which the weekdays may agree with the dates: from the earliest year after every bare past
     * year, or with no year at all, back from now where a weekday is written with its date ("Friday, Nov. 29").
     * None where the only years told are long past. Sure only when a weekday is written with its date.
     */
    static final class WeekdayAgreement implements YearRule {
        public String name() {
            return "year:weekdays";
        }

        public Years choose(DateEvidence evidence, int currentYear) {
            if (!hasWeekdays(evidence)) {
                return null;
            }
            int floor = floorYear(evidence);
            List<Integer> years = new ArrayList<>();
            if (floor > 0) {
                if (floor < currentYear - SEARCH_YEARS) {
                    return null;
                }
                for (int y = floor; y < floor + SEARCH_YEARS && y <= currentYear + 1; y++) {
                    years.add(y);
                }
            } else if (weekdayWithDate(evidence)) {
                years = recentYears(currentYear);
            }
            return years.isEmpty() ? null
                    : new Years(null, years, ", year where the weekdays agree", weekdayWithDate(evidence));
        }
    }

    /**
     * A dateline's day where the body tells weekdays but no year at all: the recent years up to now, so that the
     * body's weekdays may tell against the day's.
     */
    static final class RecentWeekdays implements YearRule {
        public String name() {
            return "year:recent-weekdays";
        }

        public Years choose(DateEvidence evidence, int currentYear) {
            if (evidence.weekdays().isEmpty() || floorYear(evidence) != 0) {
                return null;
            }
            return new Years(null, recentYears(currentYear), ", year where the weekdays agree", false);
        }
    }

    private static List<Integer> recentYears(int currentYear) {
        List<Integer> years = new ArrayList<>();
        for (int y = currentYear; y > currentYear - SEARCH_YEARS; y--) {
            years.add(y);
        }
        return years;
    }

    /** True when a day is written with its weekday ("Friday, Nov. 29"), which fixes its year but every few. */
    static boolean weekdayWithDate(DateEvidence evidence) {
        return evidence.days().stream().anyMatch(d -> d.mention().weekday() != null);
    }

    private static boolean hasWeekdays(DateEvidence evidence) {
        return !evidence.weekdays().isEmpty() || weekdayWithDate(evidence);
    }

    /**
     * The earliest plausible year: after every bare past year, at least every current year; 0 if none. A full
     * date before it is background ("the war that began on May 3, 2019" in a report that tells "since 2020"),
     * not a day the report tells as recent.
     */
    static int floorYear(DateEvidence evidence) {
        int floor = 0;
        for (int y : evidence.pastYears()) {
            floor = Math.max(floor, y + 1);
        }
        for (int y : evidence.thisYears()) {
            floor = Math.max(floor, y);
        }
        return floor;
    }
}
