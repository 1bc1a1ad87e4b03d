package org.sitrep.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.util.WordIds;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token's number is that of its lower-case form, and words numbered after a first look-up are still found; a
 * token compared but for case says what {@link String#equalsIgnoreCase} says.
 */
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

    @Property(tries = 300)
    void ignoringCaseWithoutACopyIsWhatEqualsIgnoreCaseSays(@ForAll @StringLength(max = 6) String token,
            @ForAll @StringLength(max = 6) String word) {
        for (String w : new String[] {word, token, token.toUpperCase(Locale.ROOT), token.toLowerCase(Locale.ROOT)}) {
            Tokens t = new Tokens("«" + token + "»", new int[] {1}, new int[] {1 + token.length()}, 1);
            assertThat(t.isIgnoreCase(0, w)).as("%s %s", token, w).isEqualTo(token.equalsIgnoreCase(w));
        }
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
