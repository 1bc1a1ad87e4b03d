package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.time.TimeExpression.Relation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The word tables and the matching over words, on small tables and texts written for this test. */
class TimeLexiconTest {
    private static final TimeLexicon LEXICON = new TimeLexicon(DateWords.parse(List.of(
            "number\tthree\t3",
            "number\ta few\t3~",
            "time-unit\tday\t24",
            "time-unit\tdays\t24",
            "time-unit\tweeks\t168",
            "from-today\t{n} {unit} ago\t-",
            "anaphor\tthe next day\t1",
            "span-back\tthe past {n} {unit}\t",
            "period\tlast month\tmonth -1 all",
            "since-cue\tsince\t",
            "until-cue\tas of\t",
            "future-cue\twill\t")));

    @Test
    void aCountedPhraseTakesItsNumberAndUnit() {
        TimeTokens tk = new TimeTokens("Troops left three days ago.");
        WordHit<TimeLexicon.Phrase> h = LEXICON.longest(LEXICON.phrases, tk, 2, tk.text.length());
        assertThat(h).isNotNull();
        assertThat(h.value.kind()).isEqualTo(TimeLexicon.PhraseKind.FROM_TODAY);
        assertThat(h.value.sign()).isEqualTo(-1);
        assertThat(h.count).isEqualTo(3);
        assertThat(h.hours).isEqualTo(24);
        assertThat(h.vague).isFalse();
        assertThat(tk.text.substring(tk.start[h.from], tk.end[h.to])).isEqualTo("three days ago");
    }

    @Test
    void digitsAndVagueNumbersFillTheSlot() {
        TimeTokens tk = new TimeTokens("over the past 10 days and a few weeks ago");
        WordHit<TimeLexicon.Phrase> back = LEXICON.longest(LEXICON.phrases, tk, 1, tk.text.length());
        assertThat(back.value.kind()).isEqualTo(TimeLexicon.PhraseKind.SPAN_BACK);
        assertThat(back.count).isEqualTo(10);
        WordHit<TimeLexicon.Phrase> ago = LEXICON.longest(LEXICON.phrases, tk, 6, tk.text.length());
        assertThat(ago.count).isEqualTo(3);
        assertThat(ago.vague).isTrue();
        assertThat(ago.hours).isEqualTo(168);
    }

    @Test
    void aPhraseDoesNotRunPastItsLimitOrAcrossPunctuation() {
        TimeTokens tk = new TimeTokens("the next day");
        assertThat(LEXICON.longest(LEXICON.phrases, tk, 0, 8)).isNull();
        TimeTokens broken = new TimeTokens("the next, day");
        assertThat(LEXICON.longest(LEXICON.phrases, broken, 0, broken.text.length())).isNull();
    }

    @Test
    void aCueIsReadBackwardsRightBeforeAnExpression() {
        String text = "Prices rose as of Monday.";
        TimeTokens tk = new TimeTokens(text);
        WordHit<Relation> h = LEXICON.relationCues.endingBefore(tk, text.indexOf("Monday"), 0, false);
        assertThat(h.value).isEqualTo(Relation.UNTIL);
        assertThat(text.substring(tk.start[h.from], tk.end[h.to])).isEqualTo("as of");
        assertThat(LEXICON.relationCues.endingBefore(tk, text.indexOf("Monday"), text.indexOf("of"), false)).isNull();
    }

    @Test
    void periodsAreFoundByTheirWrittenWords() {
        assertThat(LEXICON.period("Last  Month")).isEqualTo(new TimeLexicon.Period("month", -1, "all", false));
        assertThat(LEXICON.period("next month")).isNull();
    }
}
