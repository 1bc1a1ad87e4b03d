package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.time.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The year rules and the day rules of the publication inference, each on evidence written for the test. */
class InferenceRulesTest {
    private static final int NOW = 2026;

    private static DateEvidence.Dated day(Month month, int day, Integer year, DayOfWeek weekday, boolean strict) {
        return new DateEvidence.Dated(new DateMention(0, 1, DateMention.Kind.EXPLICIT, month, day, year, weekday, 0,
                month + " " + day), strict, false);
    }

    private static DateEvidence.Dated weekday(DayOfWeek d) {
        return new DateEvidence.Dated(new DateMention(0, 1, DateMention.Kind.WEEKDAY, null, 0, null, d, 0,
                d.toString()), false, false);
    }

    private static DateEvidence evidence(List<DateEvidence.Dated> days, List<DateEvidence.Dated> weekdays,
                                         List<LocalDate> fullDates, List<Integer> past, List<Integer> now) {
        return new DateEvidence(days, weekdays, fullDates, past, now);
    }

    @Test
    void aDatedMentionFixesTheYearUnlessALaterPastYearMakesItBackground() {
        DateEvidence dated = evidence(List.of(day(Month.MARCH, 2, null, null, false)), List.of(),
                List.of(LocalDate.of(2024, 2, 20)), List.of(), List.of());
        YearRules.Years y = new YearRules.DatedMention().choose(dated, NOW);
        assertThat(y.reference()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(y.sure()).isTrue();

        DateEvidence background = evidence(dated.days(), List.of(), dated.fullDates(), List.of(2024), List.of());
        assertThat(new YearRules.DatedMention().choose(background, NOW)).isNull();
    }

    @Test
    void aStatedYearDecidesOnlyWithoutWeekdays() {
        DateEvidence stated = evidence(List.of(day(Month.MARCH, 2, null, null, false)), List.of(), List.of(),
                List.of(), List.of(2023, 2025));
        assertThat(new YearRules.StatedYear().choose(stated, NOW).candidates()).containsExactly(2025);
        DateEvidence withWeekday = evidence(stated.days(), List.of(weekday(DayOfWeek.MONDAY)), List.of(),
                List.of(), List.of(2025));
        assertThat(new YearRules.StatedYear().choose(withWeekday, NOW)).isNull();
    }

    @Test
    void weekdaysSearchYearsAfterThePastYearsButNotFromYearsLongPast() {
        DateEvidence recent = evidence(List.of(day(Month.MARCH, 2, null, null, false)),
                List.of(weekday(DayOfWeek.MONDAY)), List.of(), List.of(2020), List.of());
        YearRules.Years y = new YearRules.WeekdayAgreement().choose(recent, NOW);
        assertThat(y.candidates()).startsWith(2021).endsWith(2027);
        assertThat(y.sure()).isFalse();

        DateEvidence longPast = evidence(recent.days(), recent.weekdays(), List.of(), List.of(1911), List.of());
        assertThat(new YearRules.WeekdayAgreement().choose(longPast, NOW)).isNull();
        assertThat(YearRules.choose(YearRules.BODY, evidence(recent.days(), recent.weekdays(), List.of(),
                List.of(), List.of()), NOW)).isNull();
        assertThat(YearRules.choose(YearRules.DATELINE, evidence(recent.days(), recent.weekdays(), List.of(),
                List.of(), List.of()), NOW).candidates()).startsWith(NOW).hasSize(YearRules.SEARCH_YEARS);
    }

    @Test
    void theLatestToldDaySkipsBackgroundAndCountsAStartAsTheDayAfter() {
        DateEvidence e = evidence(List.of(day(Month.MAY, 3, 2019, null, false), day(Month.MARCH, 2, 2025, null, true)),
                List.of(), List.of(), List.of(2020), List.of());
        DayRules.LatestToldDay.Latest latest = DayRules.LatestToldDay.find(e, null, 0);
        assertThat(latest.day()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(DayRules.bestForYear(e, null, 0).how()).isEqualTo("day after the start 'MARCH 2'");
    }

    @Test
    void aWeekdayAfterTheLatestDayMovesItForwardButOneBeforeItDoesNot() {
        // 2025-03-05 is a Wednesday
        List<DateEvidence.Dated> days = List.of(day(Month.MARCH, 5, 2025, null, false));
        DayRules.Candidate after = DayRules.bestForYear(
                evidence(days, List.of(weekday(DayOfWeek.FRIDAY)), List.of(), List.of(), List.of()), null, 0);
        assertThat(after.publication()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(after.how()).isEqualTo("weekday 'FRIDAY' after latest explicit date 'MARCH 5'");

        DayRules.Candidate before = DayRules.bestForYear(
                evidence(days, List.of(weekday(DayOfWeek.MONDAY)), List.of(), List.of(), List.of()), null, 0);
        assertThat(before.publication()).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void aYearThatBreaksAWeekdayWrittenWithItsDateIsInfeasible() {
        // Nov. 29 was a Friday in 2024, not in 2025
        DateEvidence e = evidence(List.of(day(Month.NOVEMBER, 29, null, DayOfWeek.FRIDAY, false)), List.of(),
                List.of(), List.of(), List.of());
        assertThat(DayRules.bestForYear(e, null, 2025).span()).isEqualTo(DayRules.INFEASIBLE);
        assertThat(DayRules.bestForYear(e, null, 2024).publication()).isEqualTo(LocalDate.of(2024, 11, 29));
    }
}
