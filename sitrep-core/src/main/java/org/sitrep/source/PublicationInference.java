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
 * the one that keeps every weekday and the latest date within the shortest stretch is taken, a day moved
 * past the latest explicit date counting twice (a weekday a few days before that date is background, not
 * a reason to move the publication). A day told as
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
    /** Days a report may lie from the nearest dated report of its incident in the batch. */
    private static final int BATCH_DAYS = 62;
    private static final int WEEK = 7;

    private final int currentYear;

    PublicationInference(int currentYear) {
        this.currentYear = currentYear;
    }

    /**
     * A decided day with the words that decided it.
     *
     * @param sure false when the year is only where loose weekdays agree best, or assumed: the report does not
     *             fix it, so the dates of the other reports of its batch may decide it
     */
    record Decision(LocalDate date, String how, boolean sure) {
    }

    /** The publication day inferred from the body, or null when nothing decides it. */
    Decision inferFromBody(DateEvidence evidence) {
        if (evidence.days().isEmpty()) {
            return null;
        }
        LocalDate reference = reference(evidence);
        if (reference != null) {
            Candidate c = bestForYear(evidence, reference, 0);
            return c == null ? null : new Decision(c.publication, c.how + yearNote(reference, evidence), true);
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
        return new Decision(best.publication, best.how + note,
                weekdayWithDate(evidence) || !evidence.thisYears().isEmpty() && !hasWeekdays(evidence));
    }

    /**
     * The year of a day written without one (a dateline): the nearest year of a dated mention, else the year
     * in which the body's weekdays fit best before the day, else the most plausible one. Never null.
     */
    Decision completeYear(MonthDay day, DayOfWeek weekday, DateEvidence evidence, String how) {
        LocalDate reference = reference(evidence);
        if (reference != null) {
            return new Decision(nearest(day, reference), how + yearNote(reference, evidence), true);
        }
        List<Integer> years = searchYears(evidence);
        if (years.isEmpty() && !evidence.weekdays().isEmpty() && floorYear(evidence) == 0) {
            // the body's weekdays told against the dateline's day: the latest year up to now they fit best
            years = new ArrayList<>();
            for (int y = currentYear; y > currentYear - SEARCH_YEARS; y--) {
                years.add(y);
            }
        }
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
                return new Decision(best, how + ", year where the weekdays agree", weekday != null);
            }
        }
        int floor = floorYear(evidence);
        int year = floor > 0 ? floor : currentYear;
        if (!day.isValidYear(year)) {
            year++;
        }
        return new Decision(day.atYear(year), how + ", year assumed " + year, false);
    }

    /**
     * The publication day from the dates of the reports of the same batch that tell the same incident
     * ({@code related}, dated by their own text or header, best match first): days written without a year take
     * the year that brings the publication nearest one of those dates; a report that tells only weekdays is
     * read as of the earliest of them in the week up to the best match's date (the copy of the first day; its
     * weekdays then fall in the week before it). Null when nothing fits.
     */
    Decision inferFromBatch(DateEvidence evidence, List<LocalDate> related) {
        if (related.isEmpty()) {
            return null;
        }
        if (!evidence.days().isEmpty()) {
            Decision fromDays = fromBatchDays(evidence, related);
            if (fromDays != null || evidence.weekdays().isEmpty()) {
                return fromDays;
            }
        }
        if (!evidence.weekdays().isEmpty()) {
            LocalDate best = related.get(0);
            LocalDate first = best;
            for (LocalDate d : related) {
                if (d.isBefore(first) && !d.isBefore(best.minusDays(WEEK))) {
                    first = d;
                }
            }
            return new Decision(first, "weekdays without a date, read as of the batch's report of " + first
                    + " on the same incident", false);
        }
        return null;
    }

    /** The report's yearless days in the year that brings the publication nearest a related date, or null. */
    private Decision fromBatchDays(DateEvidence evidence, List<LocalDate> related) {
        Candidate best = null;
        LocalDate bestRef = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year : batchYears(related)) {
            Candidate c = bestForYear(evidence, null, year);
            if (c == null || c.span == INFEASIBLE) {
                continue;
            }
            LocalDate ref = closest(c.publication, related);
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, c.publication));
            if (distance < bestDistance || distance == bestDistance && c.span < best.span) {
                best = c;
                bestRef = ref;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > BATCH_DAYS) {
            return null;
        }
        return new Decision(best.publication, best.how + batchNote(bestRef), false);
    }

    /** The year of a yearless dateline day that brings it nearest a date of the batch's related reports. */
    Decision completeYearFromBatch(MonthDay day, DayOfWeek weekday, DateEvidence evidence,
                                   List<LocalDate> related, String how) {
        LocalDate best = null;
        LocalDate bestRef = null;
        long bestDistance = Long.MAX_VALUE;
        int bestSpan = INFEASIBLE;
        for (int year : batchYears(related)) {
            if (!day.isValidYear(year) || weekday != null && day.atYear(year).getDayOfWeek() != weekday) {
                continue;
            }
            LocalDate p = day.atYear(year);
            LocalDate ref = closest(p, related);
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, p));
            int span = span(p, p, evidence.weekdays());
            if (distance < bestDistance || distance == bestDistance && span < bestSpan) {
                best = p;
                bestRef = ref;
                bestDistance = distance;
                bestSpan = span;
            }
        }
        if (best == null || bestDistance > BATCH_DAYS) {
            return null;
        }
        return new Decision(best, how + batchNote(bestRef), false);
    }

    private static String batchNote(LocalDate ref) {
        return ", year from the batch's report of " + ref + " on the same incident";
    }

    /** The years of the related dates and the years either side, ascending. */
    private static List<Integer> batchYears(List<LocalDate> related) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (LocalDate d : related) {
            years.add(d.getYear() - 1);
            years.add(d.getYear());
            years.add(d.getYear() + 1);
        }
        return new ArrayList<>(years);
    }

    private static LocalDate closest(LocalDate p, List<LocalDate> dates) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate d : dates) {
            long distance = Math.abs(ChronoUnit.DAYS.between(d, p));
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
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
        int floor = reference == null ? floorYear(evidence) : 0;
        for (DateEvidence.Dated d : evidence.days()) {
            DateMention m = d.mention();
            LocalDate date = m.date();
            if (date != null && date.getYear() < floor) {
                continue; // a full date before a year told later as past ("since 2020") is background
            }
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
        int bestCost = bestSpan;
        for (int k = 1; k <= MAX_FORWARD; k++) {
            LocalDate p = latest.plusDays(k);
            if (!namedBy(p, evidence.weekdays())) {
                continue;
            }
            // each day past the latest told day is a day the report leaves untold: it counts twice
            int s = span(p, latest, evidence.weekdays());
            if (s + k < bestCost) {
                bestCost = s + k;
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

    /** True when a day is written with its weekday ("Friday, Nov. 29"), which fixes its year but every few. */
    private static boolean weekdayWithDate(DateEvidence evidence) {
        return evidence.days().stream().anyMatch(d -> d.mention().weekday() != null);
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
