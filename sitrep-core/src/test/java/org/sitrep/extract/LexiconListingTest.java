package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.extract.event.TriggerLexicon;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trigger and casualty lexicons list their words, for indexes built on them (the relevance gate). */
class LexiconListingTest {
    private static final CasualtyLexicon CASUALTIES = CasualtyLexicon.loadDefault();

    @Test
    void triggerPhrasesAreTheTriggersOnlyInLowerCase() {
        Set<String> triggers = TriggerLexicon.loadDefault(AcledTaxonomy.loadDefault(), CASUALTIES).triggerPhrases();
        assertThat(triggers).contains("shelled", "car bomb", "opened fire on", "the attack");
        assertThat(triggers).doesNotContain("warplanes", "according to"); // an instrument, an attribution
        assertThat(triggers).allMatch(p -> p.equals(p.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void countPhrasesComeBeforeOrAfterACountOrImplyIt() {
        Map<String, String> counts = CASUALTIES.countPhrases();
        assertThat(counts).containsEntry("killed", "killed")   // before and after
                .containsEntry("were wounded", "injured")       // after only
                .containsEntry("refugees", "displaced")         // implied
                .containsEntry("freed", "other");
        assertThat(counts).doesNotContainKey("including");      // a subset word counts nothing
    }
}
