package org.sitrep.acceptance;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact's evidence points exactly at its words, over the examples and the seeds: {@code text[start:end]}
 * equals the evidence text, in the document it names, for every event, figure and quote; event ids are unique.
 */
class FactOffsetsTest {

    @Test
    void everyEvidenceIsExactlyItsText() {
        int facts = 0;
        Set<String> ids = new HashSet<>();
        for (Report r : Corpus.examplesAndSeeds()) {
            List<Evidence> all = new ArrayList<>();
            for (Event e : r.events().events()) {
                assertThat(ids.add(e.id())).as("event id %s unique", e.id()).isTrue();
                all.addAll(e.evidence());
                facts++;
            }
            for (Figure f : r.figures().figures()) {
                all.addAll(f.evidence());
                facts++;
            }
            if (r.has(Layer.QUOTES)) {
                for (Quote q : r.quotes().quotes()) {
                    all.addAll(q.evidence());
                    facts++;
                }
            }
            String body = r.body().text();
            for (Evidence ev : all) {
                assertThat(ev.doc()).isEqualTo(r.id());
                assertThat(ev.end()).isLessThanOrEqualTo(body.length());
                assertThat(body.substring(ev.start(), ev.end())).as("evidence in %s", r.id()).isEqualTo(ev.text());
            }
        }
        assertThat(facts).as("facts read").isGreaterThan(100);
    }
}
