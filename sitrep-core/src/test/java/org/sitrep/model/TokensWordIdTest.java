package org.sitrep.model;

import org.junit.jupiter.api.Test;
import org.sitrep.util.WordIds;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's number is that of its lower-case form, and words numbered after a first look-up are still found. */
class TokensWordIdTest {

    @Test
    void aTokenHasTheNumberOfItsLowerCaseForm() {
        WordIds.register(List.of("tokens-test-swept", "al-tokens's"));
        Tokens t = tokens("Tokens-Test-SWEPT into Al-Tokens’s town");
        assertThat(t.wordId(0, WordIds.count())).isEqualTo(WordIds.id("tokens-test-swept"));
        assertThat(t.wordId(2, WordIds.count())).isEqualTo(WordIds.id("al-tokens's")); // the apostrophe made straight
        assertThat(t.wordId(3, WordIds.count())).isEqualTo(WordIds.id("town"));
    }

    @Test
    void wordsNumberedLaterAreFoundWhenTheCallerNeedsThem() {
        Tokens t = tokens("tokens-test-first tokens-test-later");
        int before = WordIds.count();
        t.wordId(0, before); // the numbers are looked up now
        assertThat(t.wordId(1, before)).isEqualTo(-1);
        WordIds.register(List.of("tokens-test-later"));
        assertThat(t.wordId(1, WordIds.count())).isEqualTo(WordIds.id("tokens-test-later")).isNotNegative();
    }

    /** Tokens split at spaces. */
    private static Tokens tokens(String text) {
        String[] words = text.split(" ");
        int[] starts = new int[words.length];
        int[] ends = new int[words.length];
        int at = 0;
        for (int k = 0; k < words.length; k++) {
            starts[k] = at;
            ends[k] = at + words[k].length();
            at = ends[k] + 1;
        }
        return new Tokens(text, starts, ends, words.length);
    }
}
