package org.sitrep.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateExpressionsTest {
    private static final DateExpressions EXPRESSIONS = DateExpressions.loadDefault();

    private static List<DateMention> find(String text) {
        return EXPRESSIONS.find(text);
    }

    @Test
    void readsMonthFirstDatesWithAbbreviationsAndYears() {
        List<DateMention> m = find("Troops left on Sept. 3 and returned on Nov 30, 2023, officials said.");
        assertThat(m).hasSize(2);
        assertThat(m.get(0).kind()).isEqualTo(DateMention.Kind.EXPLICIT);
        assertThat(m.get(0).month()).isEqualTo(Month.SEPTEMBER);
        assertThat(m.get(0).day()).isEqualTo(3);
        assertThat(m.get(0).year()).isNull();
        assertThat(m.get(0).text()).isEqualTo("Sept. 3");
        assertThat(m.get(1).date()).isEqualTo(LocalDate.of(2023, 11, 30));
    }

    @Test
    void readsDayFirstDatesIsoDatesAndAttachedWeekdays() {
        List<DateMention> m = find("Sunday 4 February 2024; the 5th of March; 2023-07-14; Thu, Jan. 9");
        assertThat(m).extracting(DateMention::kind).containsOnly(DateMention.Kind.EXPLICIT);
        assertThat(m.get(0).weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2024, 2, 4));
        assertThat(m.get(1).monthDay().getDayOfMonth()).isEqualTo(5);
        assertThat(m.get(2).date()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(m.get(3).weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(m.get(3).month()).isEqualTo(Month.JANUARY);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Shelling resumed on Tuesday, Aug. 12.";
        DateMention m = find(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo("Tuesday, Aug. 12");
    }

    @Test
    void weekdaysAloneAndPossessive() {
        List<DateMention> m = find("Officials said Monday that Saturday's raid was the worst.");
        assertThat(m).extracting(DateMention::weekday).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(m).extracting(DateMention::kind).containsOnly(DateMention.Kind.WEEKDAY);
    }

    @Test
    void habitualAndNamedWeekdaysAreNotDays() {
        assertThat(find("The market opens every Friday. Bloody Sunday is remembered.")).isEmpty();
    }

    @Test
    void modalMayAndMarchingAreNotMonths() {
        assertThat(find("The rebels may 5 times march 10 kilometres; 12 Marines were hurt.")).isEmpty();
    }

    @Test
    void monthYearsBareYearsAndRelativeWords() {
        List<DateMention> m = find("Since 2019 and in March 2021 it grew; yesterday and earlier this month too.");
        assertThat(m).extracting(DateMention::kind).containsExactly(DateMention.Kind.YEAR,
                DateMention.Kind.MONTH_YEAR, DateMention.Kind.RELATIVE, DateMention.Kind.RELATIVE_SPAN);
        assertThat(m.get(0).year()).isEqualTo(2019);
        assertThat(m.get(1).month()).isEqualTo(Month.MARCH);
        assertThat(m.get(2).relativeDays()).isEqualTo(-1);
    }

    @Test
    void numbersThatAreNotYears() {
        assertThat(find("Some 2,000 people and 1,500 troops; 12.2019 is no year")).isEmpty();
    }

    @Test
    void impossibleDaysAreSkipped() {
        assertThat(find("on Feb. 30 and on April 31")).isEmpty();
    }

    @Test
    void aWeekdayWithItsDateInParentheses() {
        List<DateMention> m = find("The army said on Friday (March 3rd) that it held the bridge.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(m.get(0).monthDay().getDayOfMonth()).isEqualTo(3);
    }

    @Test
    void aSlashBeforeTheYearAndAColonAfterTheDay() {
        assertThat(find("Lakeside, June 24/2021 - Rain fell.").get(0).date()).isEqualTo(LocalDate.of(2021, 6, 24));
        List<DateMention> colon = find("RIVERTON, Oct 3: Two guards were killed.");
        assertThat(colon.get(0).kind()).isEqualTo(DateMention.Kind.EXPLICIT);
        assertThat(colon.get(0).day()).isEqualTo(3);
        assertThat(find("The curfew starts Oct 3:30 pm.")).noneMatch(x -> x.kind() == DateMention.Kind.EXPLICIT);
    }

    @Test
    void anIsoDateWithItsTime() {
        assertThat(find("Published 2023-07-14T09:30:00Z").get(0).date()).isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @org.junit.jupiter.api.Test
    void yearsAndIsoDatesAreFoundWhereverTheyStandInTheText() {
        DateExpressions d = DateExpressions.loadDefault();
        String text = "Records from 1998, 1999 and 2000 (filed 2024-02-29T10:00; amended 2020-01-31). "
                + "Not years: 120045, 3.2019, $2019, 2019,5 or 19 20. In 2019.";
        assertThat(d.find(text)).extracting(DateMention::text)
                .containsExactly("1998", "1999", "2000", "2024-02-29", "2020-01-31", "2019");
    }

    @net.jqwik.api.Property(tries = 300)
    void everyNineteenAndTwentyIsInsideAYearWindow(@net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 120)
            @net.jqwik.api.constraints.Chars({'1', '2', '9', '0', '-', ' ', 'a'}) String text) {
        java.util.List<int[]> windows = DateExpressions.yearWindows(text);
        for (int p = text.indexOf("19"); p >= 0; p = text.indexOf("19", p + 1)) {
            int at = p;
            assertThat(windows).anyMatch(w -> w[0] <= at && Math.min(text.length(), at + 10) <= w[1]);
        }
        for (int p = text.indexOf("20"); p >= 0; p = text.indexOf("20", p + 1)) {
            int at = p;
            assertThat(windows).anyMatch(w -> w[0] <= at && Math.min(text.length(), at + 10) <= w[1]);
        }
        for (int k = 1; k < windows.size(); k++) {
            assertThat(windows.get(k)[0]).isGreaterThan(windows.get(k - 1)[1]);
        }
    }

    /**
     * Date-like text in varied case and spacing, with now and then a character that case-blind matching folds
     * into ASCII: the search of the lowered copy at the trigger words finds what the case-blind search of each
     * window finds.
     */
    @net.jqwik.api.Property(tries = 500)
    void theLoweredCopyFindsWhatTheCaseBlindSearchFinds(@net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 14)
            java.util.List<@net.jqwik.api.constraints.IntRange(min = 0, max = 29) Integer> pieces,
            @net.jqwik.api.ForAll boolean upper) {
        String[] words = {"Friday, ", "fri ", "Nov. ", "NOVEMBER ", "may ", "May ", "3", "29th ", "of ", "the ",
                "2024", " ", "\n", "Yesterday", "TODAY ", "this  week", "last\nyear", "earlier this month, ",
                "Sunday's ", "Good Friday ", "ſept ", "Sept. 3:30 ", "(", ")", ".", "2023-07-14", "Thu, Jan. 9 ",
                "said ", "on ", "the day before yesterday "};
        StringBuilder text = new StringBuilder();
        for (int p : pieces) {
            text.append(upper && p % 3 == 0 ? words[p].toUpperCase(Locale.ROOT) : words[p]);
        }
        DateExpressions d = DateExpressions.loadDefault();
        assertThat(d.find(text.toString(), true)).isEqualTo(d.find(text.toString(), false));
    }
}
