package org.sitrep.relevance;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.CueTable;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The default conflict words: one of each kind of entry, none of the words too common to tell the topic. */
class ConflictVocabularyTest {
    private static final Set<String> WORDS = DefaultGate.conflictWords();

    @Test
    void holdsTriggersCasualtyWordsNamedActorsAndDescriptions() {
        assertThat(WORDS).contains("shelling", "ambushed", "bomb")  // triggers, "bomb" the head of "car bomb"
                .contains("wounded", "refugees")                    // casualty words
                .contains("hamas", "taliban", "m23")                // named armed groups
                .contains("troops", "gunmen", "army", "police");    // descriptions
    }

    @Test
    void leavesOutGovernmentsCiviliansMediaAndRescues() {
        assertThat(WORDS).doesNotContain("ministry", "civilians", "reuters", "rescued", "freed");
    }

    @Test
    void leavesOutEveryTooCommonAndFunctionWord() {
        Set<String> tooCommon = CueTable.load(ConflictVocabulary.DEFAULT_RESOURCE).kind("too-common").keySet();
        assertThat(WORDS).doesNotContainAnyElementsOf(tooCommon).doesNotContainAnyElementsOf(DefaultGate.functionWords());
        assertThat(WORDS).doesNotContain("took", "state", "people", "fire", "hit");
    }

    @Test
    void theListsAreWrittenAsTheyAreMatched() {
        Set<String> tooCommon = CueTable.load(ConflictVocabulary.DEFAULT_RESOURCE).kind("too-common").keySet();
        for (Set<String> list : java.util.List.of(tooCommon, DefaultGate.functionWords())) {
            assertThat(list).allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)) && Words.of(w).equals(java.util.List.of(w)));
        }
        assertThat(tooCommon).doesNotContainAnyElementsOf(DefaultGate.functionWords());
    }
}
