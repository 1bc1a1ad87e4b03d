package org.sitrep.extract.figure;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Analyzed;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.extract.count.Casualty;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.count.CasualtyReader;
import org.sitrep.extract.count.NumberReader;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Report;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sieve on the first count of a sentence written for these tests (published Friday 2025-03-14). */
class FigureSievesTest {
    private static final CasualtyReader READER = new CasualtyReader(NumberReader.loadDefault(),
            CasualtyLexicon.loadDefault());
    private static final FigureCues CUES = FigureCues.loadDefault();

    /** The first count of the report's last sentence, in its context. */
    private static CountInContext count(String text) {
        Report r = Analyzed.report(text);
        SentenceMentions m = SentenceMentions.of(r.reading(), r.names(), r.times());
        Sentence s = r.reading().sentences().get(r.reading().sentences().size() - 1);
        Casualty c = READER.read(r.reading().tokens(), s.firstToken(), s.endToken(), CasualtyReader.Excluded.NONE).get(0);
        return new CountInContext(r, s, c, m.times(s.index()));
    }

    @Test
    void aCountInAQuotationTheSentenceOnlyClosesIsQuoted() {
        assertThat(new QuotedCount().judge(count("\"We could not reach the hamlet. We counted 40 bodies there,\" the "
                + "official said."))).isEqualTo(FigureSieve.Verdict.NOT_FIGURE);
        assertThat(new QuotedCount().judge(count("We counted 40 bodies there, the \"official\" said."))).isNull();
    }

    @Test
    void aSpanOrAPastBeyondTheMonthIsATallyButAComparisonOrANightIsNot() {
        SpanTally span = new SpanTally(CUES);
        assertThat(span.judge(count("At least 300 people have been killed since the fighting began, the WHO said.")))
                .isEqualTo(FigureSieve.Verdict.FIGURE);
        assertThat(span.judge(count("On January 5, 17 soldiers were killed in an attack near Kadugli.")))
                .isEqualTo(FigureSieve.Verdict.FIGURE);
        assertThat(span.judge(count("The town saw its heaviest shelling since 2016 on Thursday, killing 10 civilians.")))
                .isNull();
        assertThat(span.judge(count("Sixteen soldiers were killed on the night of March 10-11, the army said.")))
                .isNull();
    }

    @Test
    void aWarOrSeveralIncidentsAsTheCauseMakeATally() {
        AggregateTally aggregate = new AggregateTally(CUES);
        assertThat(aggregate.judge(count("The army said it killed 23 insurgents in two separate operations.")))
                .isEqualTo(FigureSieve.Verdict.FIGURE);
        assertThat(aggregate.judge(count("The civil war, which killed more than 90,000 people, is in its tenth year.")))
                .isEqualTo(FigureSieve.Verdict.FIGURE);
        assertThat(aggregate.judge(count("The conflict escalated after 12 people were killed in a shelling.")))
                .isNull();
        assertThat(aggregate.judge(count("The heaviest shelling since the war killed 10 civilians in the town.")))
                .isNull();
    }

    @Test
    void aCountTiedToOneIncidentIsItsToll() {
        SingleIncident single = new SingleIncident(CUES);
        assertThat(single.judge(count("At least 12 guards were killed in Wednesday's ambush, officials said.")))
                .isEqualTo(FigureSieve.Verdict.NOT_FIGURE);
        assertThat(single.judge(count("Seven people died when the convoy hit a mine.")))
                .isEqualTo(FigureSieve.Verdict.NOT_FIGURE);
        assertThat(single.judge(count("Airstrikes on rebel-held areas have killed at least 19 civilians.")))
                .isNull();
    }

    @Test
    void countsOfOtherKindsThanTheKilledAndInjuredAreFigures() {
        assertThat(new OtherKinds().judge(count("Gunmen abducted 35 pupils from a school on Thursday.")))
                .isEqualTo(FigureSieve.Verdict.FIGURE);
        assertThat(new OtherKinds().judge(count("Gunmen killed 35 pupils at a school on Thursday."))).isNull();
    }

    @Test
    void aSpanAfterASuperlativeCompares() {
        assertThat(new SpanTally(CUES).judge(count("Shelling killed four children on Wednesday, in one of the deadliest "
                + "attacks on the town this year."))).isNull();
    }
}
