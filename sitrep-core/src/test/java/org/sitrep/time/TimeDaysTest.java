package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.time.TimeExpression.Relation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

/** The day arithmetic of the resolvers, on dates checked against a calendar (2024-11-30 was a Saturday). */
class TimeDaysTest {
    private static final LocalDate SAT = LocalDate.of(2024, 11, 30);

    @Test
    void aDayWithoutYearFallsOnOrBeforeTheDayOfWriting() {
        assertThat(TimeDays.place(MonthDay.of(12, 2), null, SAT, false)).isEqualTo(LocalDate.of(2023, 12, 2));
        assertThat(TimeDays.place(MonthDay.of(11, 30), null, SAT, false)).isEqualTo(SAT);
    }

    @Test
    void aDayWithoutYearInAFutureClauseFallsAfterIt() {
        assertThat(TimeDays.place(MonthDay.of(12, 2), null, SAT, true)).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(TimeDays.place(MonthDay.of(11, 30), null, SAT, true)).isEqualTo(SAT);
    }

    @Test
    void theWeekdayWrittenWithADayPicksItsYear() {
        // 2 December 2024 was a Monday; 2 December 2023 a Saturday.
        assertThat(TimeDays.place(MonthDay.of(12, 2), DayOfWeek.MONDAY, SAT, false))
                .isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(TimeDays.place(MonthDay.of(12, 2), DayOfWeek.SATURDAY, SAT, true))
                .isEqualTo(LocalDate.of(2023, 12, 2));
    }

    @Test
    void theTwentyNinthOfFebruaryLooksBackToALeapYear() {
        assertThat(TimeDays.latestOnOrBefore(MonthDay.of(2, 29), LocalDate.of(2027, 6, 1)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TimeDays.earliestAfter(MonthDay.of(2, 29), LocalDate.of(2025, 6, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void shiftsCountMonthsAndYearsByTheCalendar() {
        assertThat(TimeDays.shift(SAT, -3, 24)).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(TimeDays.shift(SAT, -2, 168)).isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(TimeDays.shift(SAT, 1, 720)).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(TimeDays.shift(SAT, -1, 8760)).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(TimeDays.shift(SAT, -30, 1)).isEqualTo(SAT.minusDays(1));
    }

    @Test
    void precisions() {
        assertThat(TimeDays.bySpan(SAT, SAT)).isEqualTo(1);
        assertThat(TimeDays.bySpan(SAT.minusDays(6), SAT)).isEqualTo(2);
        assertThat(TimeDays.bySpan(SAT.minusDays(7), SAT)).isEqualTo(3);
        assertThat(TimeDays.unitPrecision(24, false)).isEqualTo(1);
        assertThat(TimeDays.unitPrecision(24, true)).isEqualTo(2);
        assertThat(TimeDays.unitPrecision(168, false)).isEqualTo(2);
        assertThat(TimeDays.unitPrecision(720, true)).isEqualTo(3);
    }

    @Test
    void historyIsAnEarlierYearOrMoreThanThirtyDaysBack() {
        assertThat(TimeDays.background(null, SAT.minusDays(31), false, SAT)).isTrue();
        assertThat(TimeDays.background(null, SAT.minusDays(30), false, SAT)).isFalse();
        assertThat(TimeDays.background(null, LocalDate.of(2023, 12, 31), true, SAT)).isTrue();
        assertThat(TimeDays.background(null, LocalDate.of(2024, 1, 1), true, SAT)).isFalse();
        assertThat(TimeDays.background(null, SAT.minusYears(3), false, null)).isFalse();
        assertThat(TimeDays.onOrFuture(SAT.plusDays(1), SAT)).isEqualTo(Relation.FUTURE);
        assertThat(TimeDays.onOrFuture(SAT, SAT)).isEqualTo(Relation.ON);
    }
}
