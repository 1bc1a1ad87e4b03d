package org.sitrep.clean.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding is what makes a pattern gate sound: two characters a rule may match as equal fold alike. */
class CaseFoldTest {

    @Test
    void foldingTwiceChangesNothing() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char once = CaseFold.fold((char) c);
            assertThat(CaseFold.fold(once)).as("U+%04X", c).isEqualTo(once);
        }
    }

    @Test
    void charactersACaseInsensitivePatternEquatesFoldAlike() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        for (char literal : "aksiAKSI".toCharArray()) {
            Pattern p = Pattern.compile(Pattern.quote(String.valueOf(literal)), flags);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate((char) c) && p.matcher(String.valueOf((char) c)).matches()) {
                    assertThat(CaseFold.fold((char) c)).as("U+%04X", c).isEqualTo(CaseFold.fold(literal));
                }
            }
        }
    }

    @Test
    void asciiLettersFoldToLowerCase() {
        assertThat(CaseFold.fold("Donate NOW, ſ \u212A")).isEqualTo("donate now, s k");
    }
}
