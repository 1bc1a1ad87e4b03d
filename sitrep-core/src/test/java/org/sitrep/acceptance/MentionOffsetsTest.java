package org.sitrep.acceptance;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.names.NamesStage;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every offset the reading layer gives points at what it says, over the examples and the seeds: sentences
 * and tokens lie in the body, a mention's offsets cover exactly its words (in the body or its caption), a
 * time expression's cover its text.
 */
class MentionOffsetsTest {

    @Test
    void everyOffsetPointsAtItsText() {
        int mentions = 0;
        for (Report r : Corpus.examplesAndSeeds()) {
            String body = r.body().text();
            for (Sentence s : r.reading().sentences()) {
                assertThat(s.start()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(body.length());
            }
            for (Mention m : r.names().mentions()) {
                String zone = m.zone() == 0 ? body : NamesStage.captionText(r.body().captions().get(m.zone() - 1));
                assertThat(zone.substring(m.start(), m.end())).as("%s in %s", m, r.id()).isEqualTo(m.text());
                mentions++;
            }
            for (TimeExpression t : r.times().expressions()) {
                assertThat(body.substring(t.start(), t.end())).as("%s in %s", t, r.id()).isEqualTo(t.text());
            }
        }
        assertThat(mentions).as("mentions read").isGreaterThan(500);
    }
}
