package org.sitrep.source;

import org.sitrep.source.DayRules.Candidate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reasons the day of publication from what a body tells, by two sets of small rules: {@link YearRules} give the
 * days written without a year their year (a date written with its year; a year told as current; the years in
 * which the weekdays agree best with the dates, the one that keeps them within the shortest stretch), and
 * {@link DayRules} take the latest day told as past or present, moved forward by a weekday that falls after it.
 * With no weekday and no year to go by, or only years long past, the year is left unknown rather than guessed.
 * Where the report leaves its year or day open, the dates of the batch's reports of the same incident may fix
 * them ({@link #inferFromBatch}, {@link #completeYearFromBatch}).
 */
final class PublicationInference {
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
        YearRules.Years years = YearRules.choose(YearRules.BODY, evidence, currentYear);
        if (years == null) {
            return null;
        }
        if (years.reference() != null) {
            Candidate c = DayRules.bestForYear(evidence, years.reference(), 0);
            return c == null ? null : new Decision(c.publication(), c.how() + years.note(), years.sure());
        }
        Candidate best = null;
        for (int year : years.candidates()) {
            Candidate c = DayRules.bestForYear(evidence, null, year);
            if (c != null && c.span() != DayRules.INFEASIBLE && (best == null || c.span() < best.span())) {
                best = c;
            }
        }
        return best == null ? null : new Decision(best.publication(), best.how() + years.note(), years.sure());
    }

    /**
     * The year of a day written without one (a dateline): the nearest year of a dated mention, else the year
     * in which the body's weekdays fit best before the day, else the most plausible one. Never null.
     */
    Decision completeYear(MonthDay day, DayOfWeek weekday, DateEvidence evidence, String how) {
        YearRules.Years years = YearRules.choose(YearRules.DATELINE, evidence, currentYear);
        if (years != null && years.reference() != null) {
            return new Decision(DayRules.nearest(day, years.reference()), how + years.note(), true);
        }
        if (years != null) {
            LocalDate best = null;
            int bestSpan = DayRules.INFEASIBLE;
            for (int year : years.candidates()) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate p = day.atYear(year);
                if (weekday != null && p.getDayOfWeek() != weekday) {
                    continue;
                }
                int span = DayRules.span(p, p, evidence.weekdays());
                if (span < bestSpan) {
                    bestSpan = span;
                    best = p;
                }
            }
            if (best != null) {
                return new Decision(best, how + ", year where the weekdays agree", weekday != null);
            }
        }
        int floor = YearRules.floorYear(evidence);
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
            Candidate c = DayRules.bestForYear(evidence, null, year);
            if (c == null || c.span() == DayRules.INFEASIBLE) {
                continue;
            }
            LocalDate ref = closest(c.publication(), related);
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, c.publication()));
            if (distance < bestDistance || distance == bestDistance && c.span() < best.span()) {
                best = c;
                bestRef = ref;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > BATCH_DAYS) {
            return null;
        }
        return new Decision(best.publication(), best.how() + batchNote(bestRef), false);
    }

    /** The year of a yearless dateline day that brings it nearest a date of the batch's related reports. */
    Decision completeYearFromBatch(MonthDay day, DayOfWeek weekday, DateEvidence evidence,
                                   List<LocalDate> related, String how) {
        LocalDate best = null;
        LocalDate bestRef = null;
        long bestDistance = Long.MAX_VALUE;
        int bestSpan = DayRules.INFEASIBLE;
        for (int year : batchYears(related)) {
            if (!day.isValidYear(year) || weekday != null && day.atYear(year).getDayOfWeek() != weekday) {
                continue;
            }
            LocalDate p = day.atYear(year);
            LocalDate ref = closest(p, related);
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, p));
            int span = DayRules.span(p, p, evidence.weekdays());
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
        TreeSet<Integer> years = new TreeSet<>();
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
}
