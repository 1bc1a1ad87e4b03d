package org.sitrep.source;

import org.sitrep.time.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules that reason the day of publication once the year of the yearless days is chosen, applied in this
 * order: {@link LatestToldDay} (the report is published on the latest day it tells as past or present; full dates
 * before a bare past year are background), then {@link WeekdayAfterLatest} (a weekday that falls after that day
 * moves the publication forward). {@link #span} measures how well a day keeps the report's weekdays together.
 */
final class DayRules {
    private DayRules() {
    }

    /** The span of a day that breaks a weekday written with its date. */
    static final int INFEASIBLE = Integer.MAX_VALUE;
    /** Days a weekday may move the publication past the latest explicit date. */
    static final int MAX_FORWARD = 6;
    /** Days a date written without its year may lie after the latest date written with one. */
    static final int GRACE_DAYS = 31;

    /**
     * A candidate day of publication.
     *
     * @param span days from the earliest of the latest told day and the weekdays to it; {@link #INFEASIBLE} when
     *             the year breaks a weekday written with its date
     */
    record Candidate(LocalDate publication, int span, String how) {
    }

    /** The best publication day when the yearless dates take {@code year} (or the year nearest {@code reference}). */
    static Candidate bestForYear(DateEvidence evidence, LocalDate reference, int year) {
        LatestToldDay.Latest latest = LatestToldDay.find(evidence, reference, year);
        if (latest == null) {
            return null;
        }
        if (latest.mention() == null) {
            return new Candidate(latest.day(), INFEASIBLE, "");
        }
        return WeekdayAfterLatest.move(latest, evidence.weekdays());
    }

    /**
     * The latest day the body tells as past or present, its yearless days in the year chosen; a day told as the
     * start of something still going on counts as the day after it. A full date before a bare year told as past
     * ("since 2020") is background and does not count.
     */
    static final class LatestToldDay {
        private LatestToldDay() {
        }

        /** The latest day and its mention; a null mention when the year breaks a weekday written with a date. */
        record Latest(LocalDate day, DateEvidence.Dated mention) {
        }

        static Latest find(DateEvidence evidence, LocalDate reference, int year) {
            LocalDate latest = null;
            DateEvidence.Dated latestMention = null;
            int floor = reference == null ? YearRules.floorYear(evidence) : 0;
            for (DateEvidence.Dated d : evidence.days()) {
                DateMention m = d.mention();
                LocalDate date = m.date();
                if (date != null && date.getYear() < floor) {
                    continue; // background
                }
                if (date == null) {
                    MonthDay md = m.monthDay();
                    if (reference != null) {
                        date = nearest(md, reference);
                    } else if (md.isValidYear(year)) {
                        date = md.atYear(year);
                        if (m.weekday() != null && date.getDayOfWeek() != m.weekday()) {
                            return new Latest(date, null);
                        }
                    } else {
                        continue;
                    }
                }
                LocalDate anchor = d.strict() ? date.plusDays(1) : date;
                if (latest == null || anchor.isAfter(latest)) {
                    latest = anchor;
                    latestMention = d;
                }
            }
            return latest == null ? null : new Latest(latest, latestMention);
        }

        private static String describe(DateEvidence.Dated d) {
            String text = d.mention().text();
            if (d.bound()) {
                return "embedded post dated '" + text + "'";
            }
            if (d.strict()) {
                return "day after the start '" + text + "'";
            }
            return "latest explicit date '" + text + "'";
        }
    }

    /**
     * A weekday means the most recent such day on or before publication, so a weekday that falls after the latest
     * told day moves the publication forward, up to {@link #MAX_FORWARD} days: of the days that fit, the one that
     * keeps every weekday and the latest day within the shortest stretch, a day moved past the latest told day
     * counting twice (a weekday a few days before that day is background, not a reason to move the publication).
     */
    static final class WeekdayAfterLatest {
        private WeekdayAfterLatest() {
        }

        static Candidate move(LatestToldDay.Latest told, List<DateEvidence.Dated> weekdays) {
            LocalDate latest = told.day();
            LocalDate bestP = latest;
            int bestSpan = span(latest, latest, weekdays);
            int bestCost = bestSpan;
            for (int k = 1; k <= MAX_FORWARD; k++) {
                LocalDate p = latest.plusDays(k);
                if (!namedBy(p, weekdays)) {
                    continue;
                }
                // each day past the latest told day is a day the report leaves untold: it counts twice
                int s = span(p, latest, weekdays);
                if (s + k < bestCost) {
                    bestCost = s + k;
                    bestSpan = s;
                    bestP = p;
                }
            }
            String how = LatestToldDay.describe(told.mention());
            if (bestP.isAfter(latest)) {
                how = weekdayText(bestP, weekdays) + " after " + how;
            }
            return new Candidate(bestP, bestSpan, how);
        }

        /** True when some weekday of the report names {@code p} (a start names the day after it). */
        private static boolean namedBy(LocalDate p, List<DateEvidence.Dated> weekdays) {
            for (DateEvidence.Dated w : weekdays) {
                DayOfWeek day = w.mention().weekday();
                if (w.strict() ? p.getDayOfWeek() == day.plus(1) : p.getDayOfWeek() == day) {
                    return true;
                }
            }
            return false;
        }

        private static String weekdayText(LocalDate p, List<DateEvidence.Dated> weekdays) {
            for (DateEvidence.Dated w : weekdays) {
                if (!w.strict() && p.getDayOfWeek() == w.mention().weekday()) {
                    return "weekday '" + w.mention().text() + "'";
                }
            }
            for (DateEvidence.Dated w : weekdays) {
                if (w.strict() && p.getDayOfWeek() == w.mention().weekday().plus(1)) {
                    return "day after '" + w.mention().text() + "' told as a start";
                }
            }
            return "weekday " + p.getDayOfWeek();
        }
    }

    /** Days from the earliest of {@code latest} and the resolved weekdays to {@code p}. */
    static int span(LocalDate p, LocalDate latest, List<DateEvidence.Dated> weekdays) {
        LocalDate min = latest;
        for (DateEvidence.Dated w : weekdays) {
            int back = Math.floorMod(p.getDayOfWeek().getValue() - w.mention().weekday().getValue(), 7);
            if (w.strict() && back == 0) {
                back = 7;
            }
            LocalDate day = p.minusDays(back);
            if (day.isBefore(min)) {
                min = day;
            }
        }
        return (int) ChronoUnit.DAYS.between(min, p);
    }

    /** The latest occurrence of {@code md} no more than a month after {@code reference}. */
    static LocalDate nearest(MonthDay md, LocalDate reference) {
        LocalDate limit = reference.plusDays(GRACE_DAYS);
        for (int y = limit.getYear(); y >= limit.getYear() - 8; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(limit)) {
                return md.atYear(y);
            }
        }
        return md.atYear(reference.getYear());
    }
}
