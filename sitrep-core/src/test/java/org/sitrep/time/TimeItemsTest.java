package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.time.TimeExpression.Relation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The finding, widening, joining and cueing of items, step by step, on sentences written for this test. */
class TimeItemsTest {
    private static final DateExpressions EXPRESSIONS = DateExpressions.loadDefault();
    private static final TimeLexicon LEXICON = new TimeLexicon(EXPRESSIONS.words());

    /** The items of {@code text} as the resolver reads them before resolving. */
    private static List<TimeItem> items(String text) {
        TimeTokens tk = new TimeTokens(text);
        List<TimeItem> items = TimeItems.find(LEXICON, text, tk, EXPRESSIONS.find(text));
        TimeItems.extend(TimeSieves.EXTENSIONS, LEXICON, text, tk, items);
        items = RangeJoiner.join(LEXICON, text, tk, items);
        RelationCues.read(LEXICON, tk, items);
        return items;
    }

    private static String words(String text, TimeItem it) {
        return text.substring(it.start, it.end);
    }

    @Test
    void aDayRangeTakesInItsSecondDayAndTheYearAfter() {
        String text = "Floods on Oct. 3-5, 2019 closed the roads.";
        List<TimeItem> all = items(text);
        assertThat(all).hasSize(1);
        assertThat(words(text, all.get(0))).isEqualTo("Oct. 3-5, 2019");
        assertThat(all.get(0).toDay).isEqualTo(5);
        assertThat(all.get(0).rangeYear).isEqualTo(2019);
    }

    @Test
    void aDayRangeJoinedByAndNeedsItsOpener() {
        String opened = "The fair ran between 4 and 6 March in the old town.";
        TimeItem it = items(opened).get(0);
        assertThat(words(opened, it)).isEqualTo("between 4 and 6 March");
        assertThat(it.fromDay).isEqualTo(4);
        assertThat(it.opened).isTrue();
        String plain = "He counted 4 and 6 March as holidays.";
        TimeItem bare = items(plain).get(0);
        assertThat(bare.fromDay).isZero();
        assertThat(words(plain, bare)).isEqualTo("6 March");
    }

    @Test
    void aWeekdayTakesItsShiftAndItsPartOfTheDay() {
        String text = "The market reopened last Friday night after repairs.";
        TimeItem it = items(text).get(0);
        assertThat(words(text, it)).isEqualTo("last Friday night");
        assertThat(it.shift).isEqualTo(-1);
        assertThat(it.dayPart).isTrue();
    }

    @Test
    void aPossessiveWeekdayIsNeitherWidenedNorJoined() {
        String text = "From Friday's storm to Sunday the ferry stayed in port.";
        List<TimeItem> all = items(text);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).possessive).isTrue();
        assertThat(all.get(0).from).isNull();
    }

    @Test
    void yearsTakeTheirDecadeAndQualifier() {
        String text = "The mill closed in the 1980s and reopened in early 2019.";
        List<TimeItem> all = items(text);
        assertThat(all).extracting(it -> words(text, it)).containsExactly("1980s", "early 2019");
        assertThat(all.get(0).decade).isTrue();
        assertThat(all.get(1).qualifier).isEqualTo(1);
    }

    @Test
    void aFullMonthNameLeavesTheFullStopOut() {
        String text = "The choir last sang on 3 June. Its hall opened on 9 Sept. in a quiet year.";
        List<TimeItem> all = items(text);
        assertThat(all).extracting(it -> words(text, it)).containsExactly("3 June", "9 Sept.");
    }

    @Test
    void twoWeekdaysAreJoinedByAJoinerAfterAnOpener() {
        String joined = "The road was shut from Monday to Wednesday for works.";
        List<TimeItem> one = items(joined);
        assertThat(one).hasSize(1);
        assertThat(words(joined, one.get(0))).isEqualTo("from Monday to Wednesday");
        assertThat(one.get(0).from.mention.kind()).isEqualTo(DateMention.Kind.WEEKDAY);
        String apart = "Buses ran Monday and Wednesday as usual.";
        assertThat(items(apart)).hasSize(2);
    }

    @Test
    void aRelationCueIsTakenIntoTheItem() {
        String text = "The bridge has been closed since Tuesday, and will stay shut until Friday.";
        List<TimeItem> all = items(text);
        assertThat(all).extracting(it -> words(text, it)).containsExactly("since Tuesday", "until Friday");
        assertThat(all).extracting(it -> it.cue).containsExactly(Relation.SINCE, Relation.UNTIL);
    }

    @Test
    void aPhraseOfTheLexiconIsAnItem() {
        String text = "Two days ago the well ran dry; the next day it rained.";
        List<TimeItem> all = items(text);
        assertThat(all).extracting(TimeItem::phraseKind)
                .containsExactly(TimeLexicon.PhraseKind.FROM_TODAY, TimeLexicon.PhraseKind.ANAPHOR);
    }

    @Test
    void theStepsAndResolversAreNamedOnceAndTheRangeGoesFirst() {
        Set<String> names = new HashSet<>();
        TimeSieves.EXTENSIONS.forEach(s -> assertThat(names.add(s.name())).as(s.name()).isTrue());
        TimeSieves.RESOLVERS.forEach(r -> assertThat(names.add(r.name())).as(r.name()).isTrue());
        assertThat(TimeSieves.RESOLVERS.get(0)).isInstanceOf(RangeResolver.class);
    }
}
