package org.sitrep.clean.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ASCII fast path of the comparison form changes nothing. */
class TextNormalizerTest {

    @Test
    void lowerCaseStraightQuotesSingleSpaces() {
        String text = "  The “Army”  SAID `no’ \u00A0 ";
        assertThat(TextNormalizer.normalize(text, 0, text.length())).isEqualTo("the \"army\" said 'no'");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("aZ` ´‘’“”«»\u2032İΣ\t\u2003").ofMaxLength(60));
    }

    @Property(tries = 1000)
    void sameAsTheCharacterByCharacterMapping(@ForAll("texts") String text) {
        assertThat(TextNormalizer.normalize(text, 0, text.length())).isEqualTo(reference(text));
    }

    /** The mapping as first written, through Character for every char. */
    private static String reference(String text) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> sb.append('"');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
