package org.sitrep.relevance;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One pass counts letters by script and words by list, whatever their case. */
class BodyScannerTest {
    private final RelevanceGate gate = new RelevanceGate(Set.of("the", "of", "in"), Set.of("shelling", "séléka", "m23"));

    @Test
    void countsWordsByListInAnyCase() {
        BodyProfile p = gate.profile("THE Shelling of the town, in 2024.");
        assertThat(p.words()).isEqualTo(6); // "2024" holds no letter
        assertThat(p.englishWords()).isEqualTo(4);
        assertThat(p.conflictWords()).isEqualTo(1);
        assertThat(p.latinLetters()).isEqualTo(22);
        assertThat(p.otherLetters()).isZero();
    }

    @Test
    void readsWordsWithLettersBeyondAsciiAndDigits() {
        BodyProfile p = gate.profile("Séléka and M23 fighters");
        assertThat(p.conflictWords()).isEqualTo(2);
        assertThat(p.latinLetters()).isEqualTo(18);
    }

    @Test
    void countsLettersOfOtherScriptsAndLooksNoneOfTheirWordsUp() {
        BodyProfile p = gate.profile("Обстрел in Київ, 炮击 of the city");
        assertThat(p.otherLetters()).isEqualTo(13);
        assertThat(p.latinLetters()).isEqualTo(11);
        assertThat(p.words()).isEqualTo(7);
        assertThat(p.englishWords()).isEqualTo(3);
    }

    @Test
    void hyphensAndApostrophesSplitWords() {
        assertThat(Words.of("al-Shabaab's fighters")).containsExactly("al", "shabaab", "s", "fighters");
        assertThat(Words.of("{demonym} troops")).containsExactly("demonym", "troops");
        assertThat(gate.profile("counter-shelling").conflictWords()).isEqualTo(1);
    }
}
