package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for this test; dates are checked against a calendar (2024-11-30 was a Saturday). */
class TimeResolverTest {
    private static final TimeResolver RESOLVER = TimeResolver.loadDefault();
    /** A Saturday. */
    private static final LocalDate SAT = LocalDate.of(2024, 11, 30);
    /** A Tuesday. */
    private static final LocalDate TUE = LocalDate.of(2024, 12, 3);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** The expression written exactly as {@code words}. */
    private static TimeExpression at(String text, String words, LocalDate published) {
        List<TimeExpression> all = RESOLVER.resolve(text, published);
        return all.stream().filter(e -> e.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + words + "' in " + all));
    }

    private static void day(TimeExpression e, LocalDate expected) {
        assertThat(e.first()).as(e.text()).isEqualTo(expected);
        assertThat(e.last()).as(e.text()).isEqualTo(expected);
        assertThat(e.precision()).as(e.text()).isEqualTo(1);
    }

    private static void span(TimeExpression e, LocalDate first, LocalDate last, int precision) {
        assertThat(e.first()).as(e.text()).isEqualTo(first);
        assertThat(e.last()).as(e.text()).isEqualTo(last);
        assertThat(e.precision()).as(e.text()).isEqualTo(precision);
    }

    // ------------------------------------------------------------ dates of months

    @Test
    void monthFirstDateWithoutYearFallsOnOrBeforePublication() {
        TimeExpression e = at("Militia fighters shelled the grain market on Nov. 29, the mayor said.", "Nov. 29", SAT);
        day(e, d(2024, 11, 29));
        assertThat(e.relation()).isEqualTo(Relation.ON);
        assertThat(e.background()).isFalse();
    }

    @Test
    void dateWithItsYearIsThatDay() {
        TimeExpression e = at("The truce broke down on November 27, 2024, according to the monitors.",
                "November 27, 2024", SAT);
        day(e, d(2024, 11, 27));
    }

    @Test
    void dayFirstDate() {
        day(at("Protesters filled the square in front of parliament on 29 November.", "29 November", SAT),
                d(2024, 11, 29));
    }

    @Test
    void weekdayWrittenWithTheDate() {
        TimeExpression e = at("On Friday, Nov. 29, the army pulled back from the border town.", "Friday, Nov. 29", SAT);
        day(e, d(2024, 11, 29));
        assertThat(e.start()).isEqualTo(3);
    }

    @Test
    void dateDaysAfterPublicationInPastTenseIsLastYear() {
        TimeExpression e = at("Fighting erupted near the dam on Nov. 30 and spread to two villages.", "Nov. 30",
                d(2024, 11, 28));
        day(e, d(2023, 11, 30));
        assertThat(e.background()).isTrue();
    }

    @Test
    void dateDaysAfterPublicationInFutureTenseIsThisYear() {
        TimeExpression e = at("The two delegations will meet in Geneva on Nov. 30.", "Nov. 30", d(2024, 11, 28));
        day(e, d(2024, 11, 30));
        assertThat(e.relation()).isEqualTo(Relation.FUTURE);
    }

    @Test
    void nextMonthAcrossTheYearBoundaryInFutureTense() {
        TimeExpression e = at("Talks between the parties are due to resume on Jan. 2 in Nairobi.", "Jan. 2",
                d(2024, 12, 31));
        day(e, d(2025, 1, 2));
        assertThat(e.relation()).isEqualTo(Relation.FUTURE);
    }

    @Test
    void nextMonthAcrossTheYearBoundaryInPastTense() {
        TimeExpression e = at("Gunmen ambushed an aid convoy on Jan. 2, killing four drivers.", "Jan. 2",
                d(2024, 12, 31));
        day(e, d(2024, 1, 2));
        assertThat(e.relation()).isEqualTo(Relation.ON);
        assertThat(e.background()).isTrue();
    }

    @Test
    void writtenWeekdayChoosesTheYear() {
        day(at("The border crossing reopens on Thursday, Jan. 2, officials said.", "Thursday, Jan. 2",
                d(2024, 12, 31)), d(2025, 1, 2));
    }

    @Test
    void recentDatesAreNotBackgroundOlderOnesAre() {
        List<TimeExpression> all = RESOLVER.resolve(
                "The siege began on Oct. 20 and the first convoy arrived on Nov. 1.", SAT);
        assertThat(all).extracting(TimeExpression::background).containsExactly(true, false);
    }

    // ------------------------------------------------------------ weekdays

    @Test
    void weekdayOnThePublicationDayIsThatDay() {
        day(at("Drones struck the port on Friday, the navy said.", "Friday", d(2024, 11, 29)), d(2024, 11, 29));
    }

    @Test
    void aPastWeekdayToldTheNextDayIsTheDayBefore() {
        day(at("Gunmen killed three herders on Friday, police said.", "Friday", SAT), d(2024, 11, 29));
    }

    @Test
    void aWeekdayWithItsDateInParenthesesIsThatDate() {
        day(at("The army said on Tuesday (November 26th) that it held the town.", "Tuesday (November 26th",
                SAT), d(2024, 11, 26));
    }

    @Test
    void weekdayIsTheMostRecentOne() {
        day(at("Rebel columns entered the provincial capital on Wednesday.", "Wednesday", SAT), d(2024, 11, 27));
    }

    @Test
    void earlyAndLateJoinTheWeekday() {
        day(at("Air strikes hit the eastern district early Thursday.", "early Thursday", SAT), d(2024, 11, 28));
        day(at("A second blast was heard late Sunday near the barracks.", "late Sunday", TUE), d(2024, 12, 1));
    }

    @Test
    void partOfTheDayJoinsTheWeekday() {
        day(at("Looting spread through the suburbs on Wednesday night.", "Wednesday night", SAT), d(2024, 11, 27));
    }

    @Test
    void weekdayInFutureTenseIsTheNextOne() {
        TimeExpression e = at("The security council will meet on Monday to discuss the truce.", "Monday", SAT);
        day(e, d(2024, 12, 2));
        assertThat(e.relation()).isEqualTo(Relation.FUTURE);
    }

    @Test
    void nextWeekdayIsAfterPublication() {
        TimeExpression e = at("Observers arrive next Friday, the mission said.", "next Friday", d(2024, 11, 27));
        day(e, d(2024, 11, 29));
        assertThat(e.relation()).isEqualTo(Relation.FUTURE);
    }

    @Test
    void lastWeekdayIsStrictlyBefore() {
        day(at("Troops recaptured the hilltop last Friday after heavy fighting.", "last Friday", d(2024, 11, 29)),
                d(2024, 11, 22));
    }

    @Test
    void possessiveWeekday() {
        day(at("Saturday's bombing killed at least nine people.", "Saturday's", TUE), d(2024, 11, 30));
    }

    // ------------------------------------------------------------ relative days

    @Test
    void yesterdayTodayLastNightThisMorningTonight() {
        String text = "A car bomb exploded yesterday and schools stay closed today. Shelling resumed last night "
                + "and again this morning; more is feared tonight.";
        day(at(text, "yesterday", SAT), d(2024, 11, 29));
        day(at(text, "today", SAT), SAT);
        day(at(text, "last night", SAT), d(2024, 11, 29));
        day(at(text, "this morning", SAT), SAT);
        day(at(text, "tonight", SAT), SAT);
    }

    @Test
    void overnightCoversTheNightBeforePublication() {
        span(at("Militants attacked two checkpoints overnight, the army said.", "overnight", SAT),
                d(2024, 11, 29), SAT, 2);
    }

    @Test
    void dayBeforeYesterdayIsNotAnAnaphor() {
        day(at("Residents fled the day before yesterday.", "the day before yesterday", SAT), d(2024, 11, 28));
    }

    @Test
    void daysAgoCountFromPublication() {
        day(at("The camp was raided two days ago.", "two days ago", SAT), d(2024, 11, 28));
        TimeExpression week = at("The bridge was blown up a week ago.", "a week ago", SAT);
        assertThat(week.first()).isEqualTo(d(2024, 11, 23));
        assertThat(week.precision()).isEqualTo(2);
    }

    // ------------------------------------------------------------ days told relative to another day

    @Test
    void theSameDayAfterADate() {
        String text = "Gunmen killed five villagers on Nov. 21. Police arrested two suspects the same day.";
        day(at(text, "the same day", SAT), d(2024, 11, 21));
    }

    @Test
    void dayBeforeAndDayEarlierAndPreviousDay() {
        String text = "The envoy landed on Tuesday. Clashes had broken out the day before, and a mortar round "
                + "hit the airport a day earlier. The previous day was calm.";
        LocalDate tuesday = d(2024, 11, 26);
        day(at(text, "Tuesday", SAT), tuesday);
        day(at(text, "the day before", SAT), tuesday.minusDays(1));
        day(at(text, "a day earlier", SAT), tuesday.minusDays(2));
        day(at(text, "The previous day", SAT), tuesday.minusDays(3));
    }

    @Test
    void nextAndFollowingDayChainFromTheLastDay() {
        String text = "The offensive began on Nov. 18. The next day rebels cut the highway, the following day "
                + "they took the airport and two days later the garrison surrendered.";
        day(at(text, "The next day", SAT), d(2024, 11, 19));
        day(at(text, "the following day", SAT), d(2024, 11, 20));
        day(at(text, "two days later", SAT), d(2024, 11, 22));
    }

    @Test
    void hoursLaterIsTheSameDay() {
        String text = "A drone hit the depot on 25 November; hours later a second strike destroyed the bridge.";
        day(at(text, "hours later", SAT), d(2024, 11, 25));
    }

    @Test
    void anaphorWithoutAnEarlierDayCountsFromPublication() {
        day(at("That day, the streets were empty.", "That day", SAT), SAT);
    }

    // ------------------------------------------------------------ spans up to publication

    @Test
    void lastWeekIsThePreviousCalendarWeek() {
        TimeExpression e = at("Aid deliveries stopped last week.", "last week", SAT);
        span(e, d(2024, 11, 18), d(2024, 11, 24), 2);
    }

    @Test
    void thisWeekAndEarlierThisWeek() {
        span(at("Dozens were detained this week.", "this week", SAT), d(2024, 11, 25), SAT, 2);
        span(at("The governor resigned earlier this week.", "earlier this week", TUE), d(2024, 12, 2), TUE, 2);
    }

    @Test
    void thisMonthEarlierThisMonthAndLastMonth() {
        span(at("Fuel prices doubled this month.", "this month", SAT), d(2024, 11, 1), SAT, 3);
        span(at("The port reopened earlier this month.", "earlier this month", TUE), d(2024, 12, 1), TUE, 3);
        span(at("Cholera cases rose last month.", "last month", TUE), d(2024, 11, 1), d(2024, 11, 30), 3);
    }

    @Test
    void recentDaysAndWeeks() {
        span(at("Thousands have fled in recent days.", "in recent days", SAT), d(2024, 11, 24), SAT, 2);
        TimeExpression weeks = at("Attacks on convoys have grown in recent weeks.", "in recent weeks", SAT);
        assertThat(weeks.last()).isEqualTo(SAT);
        assertThat(weeks.precision()).isEqualTo(3);
    }

    @Test
    void countedSpansEndingOnPublication() {
        span(at("Over the past three days, 40 civilians were killed.", "Over the past three days", SAT),
                d(2024, 11, 28), SAT, 2);
        span(at("Six strikes were reported in the past 24 hours.", "in the past 24 hours", SAT),
                d(2024, 11, 29), SAT, 2);
        span(at("Fighting has intensified over the last week.", "over the last week", SAT),
                d(2024, 11, 24), SAT, 2);
        span(at("Prices tripled during the past two weeks.", "during the past two weeks", SAT),
                d(2024, 11, 17), SAT, 3);
        span(at("No flights landed in the last 48 hours.", "in the last 48 hours", SAT), d(2024, 11, 28), SAT, 2);
    }

    @Test
    void lastWeekOfAMonthIsNotASpanBack() {
        List<TimeExpression> all = RESOLVER.resolve("Talks stalled in the last week of talks.", SAT);
        assertThat(all).extracting(TimeExpression::text).doesNotContain("the last week");
    }

    // ------------------------------------------------------------ since, until, between

    @Test
    void sinceSunday() {
        TimeExpression e = at("Power has been cut since Sunday in the northern districts.", "since Sunday", TUE);
        assertThat(e.relation()).isEqualTo(Relation.SINCE);
        span(e, d(2024, 12, 1), TUE, 2);
    }

    @Test
    void sinceTheWeekdayOfPublicationMeansTheWeekBefore() {
        TimeExpression e = at("The road has been closed since Sunday.", "since Sunday", d(2024, 12, 1));
        assertThat(e.first()).isEqualTo(d(2024, 11, 24));
        assertThat(e.last()).isEqualTo(d(2024, 12, 1));
    }

    @Test
    void sinceADateAndSinceTheStartOfTheMonth() {
        TimeExpression date = at("More than 300 have died since November 27.", "since November 27", SAT);
        span(date, d(2024, 11, 27), SAT, 2);
        assertThat(date.relation()).isEqualTo(Relation.SINCE);
        TimeExpression month = at("Prices have doubled since the start of the month.", "since the start of the month", SAT);
        span(month, d(2024, 11, 1), SAT, 3);
        assertThat(month.relation()).isEqualTo(Relation.SINCE);
    }

    @Test
    void betweenTwoDates() {
        TimeExpression e = at("Between November 26 and December 1, some 120 people were killed.",
                "Between November 26 and December 1", TUE);
        span(e, d(2024, 11, 26), d(2024, 12, 1), 2);
        assertThat(e.relation()).isEqualTo(Relation.BETWEEN);
        span(at("Shelling continued from Nov. 26 to Dec. 1.", "from Nov. 26 to Dec. 1", TUE),
                d(2024, 11, 26), d(2024, 12, 1), 2);
    }

    @Test
    void dayRangesInOneMonth() {
        TimeExpression e = at("The rebels advanced on Nov. 26-29 along the highway.", "Nov. 26-29", SAT);
        span(e, d(2024, 11, 26), d(2024, 11, 29), 2);
        assertThat(e.relation()).isEqualTo(Relation.BETWEEN);
        span(at("Curfews were imposed on 26-29 November in three towns.", "26-29 November", SAT),
                d(2024, 11, 26), d(2024, 11, 29), 2);
    }

    @Test
    void weekdayRange() {
        TimeExpression e = at("Heavy rain stopped the fighting from Monday to Wednesday.", "from Monday to Wednesday", SAT);
        span(e, d(2024, 11, 25), d(2024, 11, 27), 2);
    }

    @Test
    void untilByAndAsOf() {
        TimeExpression asOf = at("As of November 30, 2,100 families had been displaced.", "As of November 30", SAT);
        assertThat(asOf.relation()).isEqualTo(Relation.UNTIL);
        assertThat(asOf.first()).isNull();
        assertThat(asOf.last()).isEqualTo(SAT);
        TimeExpression by = at("By Saturday, the militia had seized four villages.", "By Saturday", TUE);
        assertThat(by.relation()).isEqualTo(Relation.UNTIL);
        assertThat(by.last()).isEqualTo(d(2024, 11, 30));
        TimeExpression until = at("Schools will stay shut until Friday.", "until Friday", TUE);
        assertThat(until.relation()).isEqualTo(Relation.UNTIL);
        assertThat(until.last()).isEqualTo(d(2024, 12, 6));
    }

    // ------------------------------------------------------------ years and history

    @Test
    void pastYearIsBackground() {
        TimeExpression e = at("The town changed hands twice in 2016.", "2016", SAT);
        span(e, d(2016, 1, 1), d(2016, 12, 31), 3);
        assertThat(e.background()).isTrue();
    }

    @Test
    void yearBeforeANounIsBackground() {
        assertThat(at("Veterans of the 2016 battle for the city returned.", "2016", SAT).background()).isTrue();
    }

    @Test
    void sinceAYearIsBackground() {
        TimeExpression e = at("The group has controlled the valley since 2020.", "since 2020", SAT);
        assertThat(e.relation()).isEqualTo(Relation.SINCE);
        span(e, d(2020, 1, 1), SAT, 3);
        assertThat(e.background()).isTrue();
    }

    @Test
    void monthOfAYearIsBackground() {
        TimeExpression e = at("The uprising began in March 2011.", "March 2011", SAT);
        span(e, d(2011, 3, 1), d(2011, 3, 31), 3);
        assertThat(e.background()).isTrue();
    }

    @Test
    void decade() {
        TimeExpression e = at("The dam was built in the 1980s.", "1980s", SAT);
        span(e, d(1980, 1, 1), d(1989, 12, 31), 3);
        assertThat(e.background()).isTrue();
    }

    @Test
    void theYearOfPublicationIsNotBackground() {
        LocalDate may = d(2025, 5, 10);
        TimeExpression e = at("So far in 2025, 61 aid workers have been killed.", "2025", may);
        span(e, d(2025, 1, 1), may, 3);
        assertThat(e.background()).isFalse();
        assertThat(at("Elections were held in 2024.", "2024", SAT).background()).isFalse();
    }

    @Test
    void qualifiedYearsAndYearRanges() {
        span(at("Food prices peaked in mid-2023.", "mid-2023", SAT), d(2023, 5, 1), d(2023, 8, 31), 3);
        TimeExpression range = at("Between 2011 and 2016, half the population fled.", "Between 2011 and 2016", SAT);
        span(range, d(2011, 1, 1), d(2016, 12, 31), 3);
        assertThat(range.background()).isTrue();
        TimeExpression by = at("The army aims to retake the north by the end of 2025.", "by the end of 2025",
                d(2025, 5, 10));
        assertThat(by.relation()).isEqualTo(Relation.UNTIL);
        assertThat(by.last()).isEqualTo(d(2025, 12, 31));
    }

    // ------------------------------------------------------------ future periods, unknown publication, offsets

    @Test
    void nextWeekIsFuture() {
        TimeExpression e = at("Donors meet next week in Brussels.", "next week", SAT);
        span(e, d(2024, 12, 2), d(2024, 12, 8), 2);
        assertThat(e.relation()).isEqualTo(Relation.FUTURE);
    }

    @Test
    void overTheWeekend() {
        span(at("Three markets were shelled over the weekend.", "the weekend", d(2024, 12, 2)),
                d(2024, 11, 30), d(2024, 12, 1), 2);
    }

    @Test
    void withoutPublicationOnlyDatesWithYearsArePlaced() {
        List<TimeExpression> all = RESOLVER.resolve("Rebels attacked on Friday; on November 27, 2024 they left.", null);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).first()).isNull();
        assertThat(all.get(1).first()).isEqualTo(d(2024, 11, 27));
    }

    @Test
    void offsetsAndOrder() {
        String text = "On Monday troops massed; since Wednesday they have shelled the town.";
        List<TimeExpression> all = RESOLVER.resolve(text, SAT);
        assertThat(all).extracting(TimeExpression::text).containsExactly("Monday", "since Wednesday");
        for (TimeExpression e : all) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void sharedMentionsGiveTheSameResult() {
        String text = "Clashes on Nov. 28 killed 12; the next day the army withdrew.";
        DateExpressions expressions = DateExpressions.loadDefault();
        TimeResolver resolver = new TimeResolver(expressions);
        assertThat(resolver.resolve(text, expressions.find(text), SAT)).isEqualTo(resolver.resolve(text, SAT));
    }

    @Test
    void dateWordsKeepTheValuesOfOtherKinds() {
        DateWords w = DateWords.parse(List.of("anaphor\tthe morrow\t1", "span-lead\tamid\t"));
        assertThat(w.values("anaphor")).containsEntry("the morrow", "1");
        assertThat(w.values("span-lead")).containsEntry("amid", "");
        assertThat(w.values("none")).isEmpty();
    }

    // ------------------------------------------------------------ cost (printed, never asserted)

    @Test
    void printsTheCostOfAThousandWordReport() {
        String[] paragraphs = {
            "Government forces shelled the northern suburbs on Monday, killing at least seven civilians, a local "
                + "monitoring group said. The next day, drones struck a fuel depot near the airport.",
            "Since Sunday, more than 3,000 families have fled towards the border, the UN refugee agency said on "
                + "Friday, adding that shelters were full.",
            "The militia, which seized the district in 2019, said it would hold talks with tribal elders next week.",
            "Over the past three days, aid convoys were turned back twice at checkpoints, and on Nov. 27 a driver "
                + "was shot dead; hours later a second convoy was looted.",
            "Fighting between the two factions has killed hundreds since the start of the month, according to "
                + "hospital officials who spoke on condition of anonymity.",
            "The ceasefire agreed in March 2023 collapsed earlier this week when both sides accused each other of "
                + "moving heavy weapons into the demilitarised zone.",
            "Residents said electricity and water had been cut since Wednesday night and bakeries had closed, "
                + "leaving thousands without bread.",
            "Between November 20 and November 26, the monitor recorded 41 air strikes, most of them on markets, "
                + "schools and clinics in the south of the province.",
        };
        StringBuilder sb = new StringBuilder();
        int words = 0;
        while (words < 1000) {
            for (String p : paragraphs) {
                sb.append(p).append("\n\n");
                words += p.split("\\s+").length;
            }
        }
        String text = sb.toString();
        DateExpressions expressions = DateExpressions.loadDefault();
        List<DateMention> mentions = expressions.find(text);
        long sink = 0;
        // Warm up for a second and a half (the JIT needs about that on a busy machine), then time half a second.
        for (long until = System.nanoTime() + 1_500_000_000L; System.nanoTime() < until; ) {
            sink += RESOLVER.resolve(text, mentions, SAT).size();
        }
        int runs = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 500_000_000L) {
            sink += RESOLVER.resolve(text, mentions, SAT).size();
            runs++;
        }
        long t1 = System.nanoTime();
        System.out.printf("TimeResolver: %d words, %d expressions: %.1f µs per report on one core [%d]%n",
                words, RESOLVER.resolve(text, mentions, SAT).size(), (t1 - t0) / 1000.0 / runs, sink);
    }
}
