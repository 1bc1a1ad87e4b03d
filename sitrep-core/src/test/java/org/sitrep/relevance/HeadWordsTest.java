package org.sitrep.relevance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** One word per phrase, one every text spelling the phrase holds, and never a word too common to tell the topic. */
class HeadWordsTest {
    private static final Set<String> FUNCTION = Set.of("the", "of", "to", "in", "up");
    private static final Set<String> TOO_COMMON = Set.of("took", "control", "state", "hit");

    private static Set<String> heads(String... phrases) {
        return HeadWords.of(List.of(phrases), FUNCTION::contains, TOO_COMMON::contains);
    }

    @Test
    void aPhraseOfOneWordGivesThatWord() {
        assertThat(heads("shelled", "the military")).containsExactlyInAnyOrder("shelled", "military");
    }

    @Test
    void aLongerPhraseGivesItsHeadBeforeAPreposition() {
        assertThat(heads("car bomb")).containsExactly("bomb");
        assertThat(heads("capture of")).containsExactly("capture");
        assertThat(heads("general command of the army")).containsExactly("command");
        assertThat(heads("rounded up")).containsExactly("rounded");
    }

    @Test
    void aPhraseHoldingAWordAlreadyChosenAddsNothing() {
        assertThat(heads("rebel forces", "rebel")).containsExactly("rebel");
        assertThat(heads("military forces of france", "military")).containsExactly("military");
    }

    @Test
    void aTooCommonHeadGivesNoWordAndNoModifierStandsIn() {
        assertThat(heads("took control of", "islamic state", "hit")).isEmpty();
    }

    @Test
    void slotsShortWordsAndNumbersAreNeverChosen() {
        assertThat(heads("{demonym} army")).containsExactly("army");
        assertThat(heads("UN", "2019", "M23")).containsExactly("m23");
    }

    @Test
    void theChoiceDoesNotDependOnTheOrderOfThePhrases() {
        Predicate<String> none = w -> false;
        List<String> phrases = List.of("rebel forces", "forces", "armed forces", "rebel");
        List<String> reversed = List.of("rebel", "armed forces", "forces", "rebel forces");
        assertThat(HeadWords.of(phrases, FUNCTION::contains, none))
                .isEqualTo(HeadWords.of(reversed, FUNCTION::contains, none))
                .containsExactlyInAnyOrder("rebel", "forces");
    }
}
