package org.sitrep.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CaseVariantsTest {
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The definition, searched over every character. */
    private static String bruteForce(char target) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (c == fold(target) || fold(c) == fold(target)) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    @Test
    void everyAsciiCharacterAndSomeOthersGetWhatTheDefinitionGives() {
        for (char c = 0; c < 128; c++) {
            assertThat(new String(CaseVariants.of(String.valueOf(c)))).as("char %d", (int) c).isEqualTo(bruteForce(c));
        }
        for (char c : "éÉßſΣσς\u212a".toCharArray()) {
            assertThat(new String(CaseVariants.of(String.valueOf(c)))).as("char %c", c).isEqualTo(bruteForce(c));
        }
    }

    @Test
    void theLongSAndTheKelvinSignAreTakenForTheirLetters() {
        assertThat(new String(CaseVariants.of("sk"))).isEqualTo("KSks\u017f\u212a");
        for (char c : CaseVariants.of("sk")) {
            assertThat(Pattern.compile("[sk]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(String.valueOf(c)).matches()).as("char %c", c).isTrue();
        }
    }

    @Test
    void severalCharactersGiveTheirVariantsInOrderEachOnce() {
        assertThat(new String(CaseVariants.of("aAb"))).isEqualTo("ABab");
        assertThat(CaseVariants.of("")).isEmpty();
    }

    @Test
    void theCharactersBeyondAsciiThatFoldIntoAsciiAreExactlyThose() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = c >= 128 && (fold(c) < 128 || Character.toUpperCase(c) < 128 || Character.toLowerCase(c) < 128);
            assertThat(CaseVariants.foldsIntoAscii((char) c)).as("char %d", c).isEqualTo(expected);
        }
        assertThat(CaseVariants.foldsIntoAscii('\u017f')).isTrue(); // the long s
        assertThat(CaseVariants.foldsIntoAscii('é')).isFalse();
    }
}
