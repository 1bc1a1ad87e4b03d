package org.sitrep.source;

import org.sitrep.time.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reasons the day of publication from what a body tells: the report is published on the latest day it
 * tells as past or present. A weekday means the most recent such day on or before publication, so a
 * weekday that falls after the latest explicit date moves the publication forward; of the days that fit,
 * the one that keeps every weekday and the latest date within the shortest stretch is taken. A day told as
 * the start of something still going on ("the attack, which began on Wednesday") lies before the report.
 * <p>
 * Years: a date written with its year anywhere in the report (body, caption, post signature) fixes the year
 * of the dates written without one (their latest occurrence up to a month after it). Otherwise the year is
 * the earliest year after every bare past year ("since 2020") in which the weekdays agree best with the
 * dates, or, with no year at all, the latest year up to now in which a weekday written with its date
 * ("Friday, Nov. 29") falls on it. With no weekday and no year to go by, or only years long past, the year
 * is left unknown rather than guessed.
 */
final class PublicationInference {
    /** Days a weekday may move the publication past the latest explicit date. */
    private static final int MAX_FORWARD = 6;
    /** Years searched for weekday agreement. */
    private static final int SEARCH_YEARS = 12;
    private static final int INFEASIBLE = Integer.MAX_VALUE;
    /** Days a date written without its year may lie after the latest date written with one. */
    private static final int GRACE_DAYS = 31;

    private final int currentYear;

    PublicationInference(int currentYear) {
        this.currentYear = currentYear;
    }

    /** A decided day with the words that decided it. */
    record Decision(LocalDate date, String how) {
    }

    /** The publication day inferred from the body, or null when nothing decides it. */
    Decision inferFromBody(DateEvidence evidence) {
        if (evidence.days().isEmpty()) {
            return null;
        }
        LocalDate reference = reference(evidence);
        if (reference != null) {
            Candidate c = bestForYear(evidence, reference, 0);
            return c == null ? null : new Decision(c.publication, c.how + yearNote(reference, evidence));
        }
        List<Integer> years = searchYears(evidence);
        if (years.isEmpty()) {
            return null;
        }
        Candidate best = null;
        for (int year : years) {
            Candidate c = bestForYear(evidence, null, year);
            if (c != null && c.span != INFEASIBLE && (best == null || c.span < best.span)) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        String note = evidence.thisYears().isEmpty() || hasWeekdays(evidence)
                ? ", year where the weekdays agree" : ", year from '" + max(evidence.thisYears()) + "'";
        return new Decision(best.publication, best.how + note);
    }

    /**
     * The year of a day written without one (a dateline): the nearest year of a dated mention, else the year
     * in which the body's weekdays fit best before the day, else the most plausible one. Never null.
     */
    Decision completeYear(MonthDay day, DayOfWeek weekday, DateEvidence evidence, String how) {
        LocalDate reference = reference(evidence);
        if (reference != null) {
            return new Decision(nearest(day, reference), how + yearNote(reference, evidence));
        }
        List<Integer> years = searchYears(evidence);
        if (!years.isEmpty()) {
            LocalDate best = null;
            int bestSpan = INFEASIBLE;
            for (int year : years) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate p = day.atYear(year);
                if (weekday != null && p.getDayOfWeek() != weekday) {
                    continue;
                }
                int span = span(p, p, evidence.weekdays());
                if (span < bestSpan) {
                    bestSpan = span;
                    best = p;
                }
            }
            if (best != null) {
                return new Decision(best, how + ", year where the weekdays agree");
            }
        }
        int floor = floorYear(evidence);
        int year = floor > 0 ? floor : currentYear;
        if (!day.isValidYear(year)) {
            year++;
        }
        return new Decision(day.atYear(year), how + ", year assumed " + year);
    }

    private static final class Candidate {
        final LocalDate publication;
        final int span;
        final String how;

        Candidate(LocalDate publication, int span, String how) {
            this.publication = publication;
            this.span = span;
            this.how = how;
        }
    }

    /** The best publication day when the yearless dates take {@code year} (or the year nearest {@code ref}). */
    private Candidate bestForYear(DateEvidence evidence, LocalDate reference, int year) {
        LocalDate latest = null;
        DateEvidence.Dated latestMention = null;
        for (DateEvidence.Dated d : evidence.days()) {
            DateMention m = d.mention();
            LocalDate date = m.date();
            if (date == null) {
                MonthDay md = m.monthDay();
                if (reference != null) {
                    date = nearest(md, reference);
                } else if (md.isValidYear(year)) {
                    date = md.atYear(year);
                    if (m.weekday() != null && date.getDayOfWeek() != m.weekday()) {
                        return new Candidate(date, INFEASIBLE, "");
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
        if (latest == null) {
            return null;
        }
        LocalDate bestP = latest;
        int bestSpan = span(latest, latest, evidence.weekdays());
        for (int k = 1; k <= MAX_FORWARD; k++) {
            LocalDate p = latest.plusDays(k);
            if (!namedBy(p, evidence.weekdays())) {
                continue;
            }
            int s = span(p, latest, evidence.weekdays());
            if (s < bestSpan) {
                bestSpan = s;
                bestP = p;
            }
        }
        String how = describe(latestMention);
        if (bestP.isAfter(latest)) {
            how = weekdayText(bestP, evidence.weekdays()) + " after " + how;
        }
        return new Candidate(bestP, bestSpan, how);
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

    /** Days from the earliest of {@code latest} and the resolved weekdays to {@code p}. */
    private static int span(LocalDate p, LocalDate latest, List<DateEvidence.Dated> weekdays) {
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

    private List<Integer> searchYears(DateEvidence evidence) {
        boolean weekdays = hasWeekdays(evidence);
        if (!evidence.thisYears().isEmpty() && !weekdays) {
            return List.of(max(evidence.thisYears()));
        }
        if (!weekdays) {
            return List.of();
        }
        int floor = floorYear(evidence);
        List<Integer> years = new ArrayList<>();
        if (floor > 0) {
            if (floor < currentYear - SEARCH_YEARS) {
                return years;
            }
            for (int y = floor; y < floor + SEARCH_YEARS && y <= currentYear + 1; y++) {
                years.add(y);
            }
        } else if (evidence.days().stream().anyMatch(d -> d.mention().weekday() != null)) {
            for (int y = currentYear; y > currentYear - SEARCH_YEARS; y--) {
                years.add(y);
            }
        }
        return years;
    }

    private static boolean hasWeekdays(DateEvidence evidence) {
        if (!evidence.weekdays().isEmpty()) {
            return true;
        }
        return evidence.days().stream().anyMatch(d -> d.mention().weekday() != null);
    }

    /** The earliest plausible year: after every bare past year, at least every current year; 0 if none. */
    private static int floorYear(DateEvidence evidence) {
        int floor = 0;
        for (int y : evidence.pastYears()) {
            floor = Math.max(floor, y + 1);
        }
        for (int y : evidence.thisYears()) {
            floor = Math.max(floor, y);
        }
        return floor;
    }

    private static String yearNote(LocalDate reference, DateEvidence evidence) {
        return ", year from the date " + reference;
    }

    /** The latest occurrence of {@code md} no more than a month after {@code reference}. */
    private static LocalDate nearest(MonthDay md, LocalDate reference) {
        LocalDate limit = reference.plusDays(GRACE_DAYS);
        for (int y = limit.getYear(); y >= limit.getYear() - 8; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(limit)) {
                return md.atYear(y);
            }
        }
        return md.atYear(reference.getYear());
    }

    /** The latest date written with its year, unless a bare year told later makes it background. */
    private static LocalDate reference(DateEvidence evidence) {
        if (evidence.fullDates().isEmpty()) {
            return null;
        }
        LocalDate latest = Collections.max(evidence.fullDates());
        return floorYear(evidence) > latest.getYear() ? null : latest;
    }

    private static int max(List<Integer> values) {
        return Collections.max(values);
    }
}
