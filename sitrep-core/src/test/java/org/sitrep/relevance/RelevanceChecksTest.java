package org.sitrep.relevance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check alone, at the edges of what it judges. */
class RelevanceChecksTest {
    private final ScriptCheck script = new ScriptCheck();
    private final EnglishWordsCheck english = new EnglishWordsCheck();
    private final ConflictWordsCheck conflict = new ConflictWordsCheck();

    private static BodyProfile profile(int latin, int other, int words, int englishWords, int conflictWords) {
        return new BodyProfile(latin, other, words, englishWords, conflictWords);
    }

    @Test
    void mostLettersInAnotherScriptIsNotEnglish() {
        assertThat(script.judge(profile(9, 11, 4, 0, 0)).message()).isEqualTo("not English: 55% of its letters are not Latin script");
        assertThat(script.judge(profile(10, 10, 4, 0, 0))).isNull();  // half and half: an English page may quote that much
        assertThat(script.judge(profile(0, 19, 3, 0, 0))).isNull();   // too few letters to judge
    }

    @Test
    void fewEnglishFunctionWordsIsNotEnglish() {
        assertThat(english.judge(profile(100, 0, 20, 2, 5)).message())
                .isEqualTo("not English: 10% of its 20 words are common English words");
        assertThat(english.judge(profile(100, 0, 20, 3, 0))).isNull(); // 15 % is enough
        assertThat(english.judge(profile(100, 0, 19, 0, 0))).isNull(); // too few words to judge
    }

    @Test
    void noConflictWordIsNotAboutArmedConflict() {
        assertThat(conflict.judge(profile(100, 0, 20, 8, 1))).isNull();
        assertThat(conflict.judge(profile(100, 0, 20, 8, 0)).reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
        assertThat(conflict.judge(profile(0, 0, 0, 0, 0)).message()).contains("no text is left");
    }

    @Test
    void theChecksRunInOrderAndTheFirstThatSkipsSaysWhy() {
        RelevanceGate gate = new RelevanceGate(java.util.Set.of("the", "of"), java.util.Set.of("troops"));
        String foreign = "Le texte ne contient aucun mot anglais courant, mais il parle bien des troops dans la ville "
                + "et de leurs actions pendant la nuit.";
        assertThat(gate.judge(foreign).reason()).isEqualTo(Skip.NOT_ENGLISH); // before the topic check lets it pass
    }
}
