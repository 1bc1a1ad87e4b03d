package org.sitrep.extract.quote;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Quote;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.SituationJson;
import org.sitrep.pipeline.Analysis;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quotes stage on short invented reports, through the whole pipeline. */
class QuoteStageTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static Report analyze(String text) throws Exception {
        Report r = new Report(new RawInput("doc1", "doc1.txt", "doc1.txt",
                (" date 2025-03-14\n" + text).getBytes(StandardCharsets.UTF_8)));
        return PIPELINE.run(r);
    }

    private static List<Quote> quotes(String text) throws Exception {
        return analyze(text).quotes().quotes();
    }

    @Test
    void aStraightQuoteWithTheSpeakerAfterIsTheMinistrys() throws Exception {
        List<Quote> q = quotes("Shelling hit the port of Varenko overnight. \"Our air defences shot down four of the "
                + "drones before they reached the city,\" the Karsovian Defence Ministry said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Our air defences shot down four of the drones before they reached the city");
        assertThat(q.get(0).speaker()).isEqualTo("Karsovian Defence Ministry");
    }

    @Test
    void aCurlyQuoteAfterSaidColonIsTheNamedSpeakers() throws Exception {
        List<Quote> q = quotes("Aid convoys waited at the border for a third day.\n"
                + "Marta Velikova, the head of the regional Red Crescent branch, said: “We cannot reach the "
                + "villages while the road is under fire.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Marta Velikova");
        assertThat(q.get(0).text()).startsWith("We cannot reach the villages");
    }

    @Test
    void aQuoteSplitByItsAttributionIsOneQuoteWithTwoPieces() throws Exception {
        List<Quote> q = quotes("Two shops burned in the market.\n"
                + "“The fire started after the second explosion,” Tomas Brevik said. “Nobody could get close.”");
        assertThat(q).hasSize(1);
        Quote quote = q.get(0);
        assertThat(quote.speaker()).isEqualTo("Tomas Brevik");
        assertThat(quote.text()).contains("The fire started after the second explosion").contains("Nobody could get close");
        assertThat(quote.evidence()).hasSize(2);
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamed() throws Exception {
        List<Quote> q = quotes("Regional governor Pavel Oderin visited the damaged school on Tuesday.\n"
                + "“Every window in the building was blown out,” he said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Pavel Oderin");
    }

    @Test
    void aPronounPrefersThePersonWhoLastSpoke() throws Exception {
        List<Quote> q = quotes("Police spokesman Ivo Tarsk said the blast destroyed a bakery owned by Lena Morvic.\n"
                + "“Three people were pulled from the rubble alive,” he told reporters.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Ivo Tarsk");
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuote() throws Exception {
        List<Quote> q = quotes("Commander Aleks Dravin described the night at the outpost.\n"
                + "“The drones came in waves, one every few minutes. We had no time to move the wounded.\n"
                + "“By morning the trench was half full of water and we were still waiting for the evacuation team.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Aleks Dravin");
        assertThat(q.get(0).text()).contains("We had no time").contains("By morning the trench");
        assertThat(q.get(0).evidence()).hasSize(2);
    }

    @Test
    void anAppositionGivesTheRole() throws Exception {
        List<Quote> q = quotes("Fighting closed the main road south.\n"
                + "Ilse Varga, deputy coordinator for the Northern Relief Consortium, said: “The warehouses are "
                + "empty and the trucks cannot leave.”");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Ilse Varga");
        assertThat(q.get(0).speakerRole()).isEqualTo("deputy coordinator for the Northern Relief Consortium");
    }

    @Test
    void saidOnADayGivesTheDate() throws Exception {
        // 2025-03-14 is a Friday; "on Monday" is 2025-03-10
        List<Quote> q = quotes("Artillery struck the district again.\n"
                + "“We will not abandon the town,” the Karsovian Interior Ministry said on Monday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).date()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void noDateWhenTheReportTellsNone() throws Exception {
        List<Quote> q = quotes("Artillery struck the district again.\n"
                + "“We will not abandon the town,” the Karsovian Interior Ministry said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).date()).isNull();
    }

    @Test
    void scareQuotesAreNotQuotes() throws Exception {
        List<Quote> q = quotes("The offensive, titled “Iron Dawn,” began with an assault by “saboteurs” near "
                + "the river crossing, and observers noted the use of “double-tap” strikes on rescuers.");
        assertThat(q).isEmpty();
    }

    @Test
    void aShortPhraseANamedSpeakerUrgesIsAQuote() throws Exception {
        List<Quote> q = quotes("Amnesty International on Tuesday urged “restraint” and called for an "
                + "immediate “humanitarian pause” in the fighting around Varenko.");
        assertThat(q).extracting(Quote::text).containsExactly("humanitarian pause"); // one word is a term
        assertThat(q.get(0).speaker()).isEqualTo("Amnesty International");
    }

    @Test
    void anAnonymousSourceGivesNoQuoteButADescribedPersonDoes() throws Exception {
        List<Quote> q = quotes("Gunfire was heard near the mill on Sunday.\n"
                + "“They came at night and took everything we had,” a resident told reporters.\n"
                + "“Nobody here slept,” one source said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("a resident");
    }

    @Test
    void apostrophesAreNotQuotationMarks() throws Exception {
        List<Quote> q = quotes("The city’s mayor, Olek Hrada, said the army’s losses were heavy. "
                + "‘We’re counting the dead street by street,’ he said.");
        assertThat(q).extracting(Quote::text).containsExactly("We’re counting the dead street by street");
    }

    @Test
    void evidenceOffsetsPointIntoTheBody() throws Exception {
        Report r = analyze("Rain slowed the rescue.\n"
                + "“We are still digging,” Tomas Brevik said. “There may be more people under the slab.”");
        String body = r.body().text();
        List<Quote> q = r.quotes().quotes();
        assertThat(q).hasSize(1);
        for (Evidence e : q.get(0).evidence()) {
            assertThat(body.substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.attributedTo()).isEqualTo("Tomas Brevik");
            assertThat(e.hedge()).isEqualTo(Hedge.REPORTED);
        }
        assertThat(q.get(0).evidence()).extracting(Evidence::text)
                .containsExactly("We are still digging", "There may be more people under the slab.");
    }

    @Test
    void aRepeatedPullQuoteIsKeptOnce() throws Exception {
        List<Quote> q = quotes("“We heard the missile before we saw it,” said Tomas Brevik.\n"
                + "Firefighters worked through the night.\n"
                + "“We heard the missile before we saw it,” said Tomas Brevik.");
        assertThat(q).hasSize(1);
    }

    @Test
    void theQuotesLayerIsWrittenToJson() throws Exception {
        Report r = analyze("“The bridge is gone,” said Tomas Brevik.");
        String json = new SituationJson().toString(new Analysis(List.of(r), List.of()));
        assertThat(json).contains("\"quotes\"").contains("\"speaker\" : \"Tomas Brevik\"")
                .contains("\"text\" : \"The bridge is gone\"");
    }

    @Test
    void aParagraphOfThousandsOfQuotationsIsReadUpToTheCap() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append("\u201cWe shall hold line ").append(i).append(" today,\u201d the Karsovian Defence Ministry said. ");
        }
        Report r = analyze(text.toString());
        List<Quote> q = r.quotes().quotes();
        assertThat(q).hasSize(QuoteReader.MAX_DRAFTS);
        assertThat(q.get(999).text()).isEqualTo("We shall hold line 999 today");
        assertThat(q).allSatisfy(x -> assertThat(x.speaker()).isEqualTo("Karsovian Defence Ministry"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("more than " + QuoteReader.MAX_DRAFTS));
    }
}
