package org.sitrep.extract.attribution;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Analyzed;
import org.sitrep.model.Hedge;
import org.sitrep.model.SourceFrame;
import org.sitrep.pipeline.Report;

import static org.assertj.core.api.Assertions.assertThat;

/** Who each sentence says its facts come from, and how it hedges them, on sentences written for these tests. */
class AttributionTest {

    private static SourceFrame frame(String text, int sentence) {
        Report r = Analyzed.report(text);
        return r.attributions().of(sentence);
    }

    @Test
    void accordingToNamesTheSource() {
        SourceFrame f = frame("Shelling killed four people in Kadugli, according to the Sudan Doctors Network.", 0);
        assertThat(f.source()).isEqualTo("Sudan Doctors Network");
        assertThat(f.hedge()).isEqualTo(Hedge.REPORTED);
    }

    @Test
    void theOneWhoCitesIsTheOriginator() {
        SourceFrame f = frame("At least 40 people were killed in Kadugli, the U.N. Office for the Coordination of "
                + "Humanitarian Affairs said, citing local health authorities.", 0);
        assertThat(f.source()).isEqualTo("UN Office for the Coordination of Humanitarian Affairs");
    }

    @Test
    void aPartyAboutItsOwnSuccessClaims() {
        SourceFrame f = frame("The Rapid Support Forces said their fighters had captured Babanusa.", 0);
        assertThat(f.hedge()).isEqualTo(Hedge.CLAIMED);
        assertThat(f.party()).isTrue();
    }

    @Test
    void unverifiedCuesMarkTheSentence() {
        assertThat(frame("Drones reportedly struck a fuel depot in Sumy on Thursday.", 0).hedge())
                .isEqualTo(Hedge.UNVERIFIED);
    }

    @Test
    void aHedgeSentenceReachesBackToTheFactsItNames() {
        Report r = Analyzed.report("The army said its jets killed 40 fighters near Kadugli on Tuesday. The Courier "
                + "could not independently verify the figures.");
        assertThat(r.attributions().of(0).hedge()).isEqualTo(Hedge.UNVERIFIED);
    }

    @Test
    void aDenialIsDenied() {
        assertThat(frame("The RSF denied carrying out the drone strike on the market in Kadugli.", 0).hedge())
                .isEqualTo(Hedge.DENIED);
    }
}
