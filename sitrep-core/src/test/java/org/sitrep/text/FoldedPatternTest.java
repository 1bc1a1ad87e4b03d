package org.sitrep.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** A search of the lowered copy finds what a case-insensitive search of the text finds. */
class FoldedPatternTest {
    private static final FoldedPattern PATTERN = FoldedPattern.compile(
            "(?<![\\p{L}\\p{N}])\\b(may|mar|sept?|sun)\\b\\.?\\s+([0-3]?\\d)(?:st|th)?(?!\\d)", "msMS");

    @Test
    void lowersOnlyAsciiCapitals() {
        assertThat(FoldedPattern.lowered("Nov. 3, ÉTÉ 2024")).isEqualTo("nov. 3, ÉtÉ 2024");
    }

    @Test
    void noCopyForATextWithCharactersThatFoldIntoAscii() {
        assertThat(FoldedPattern.lowered("ſept 3")).isNull();   // long s: matches "s" case-blind
        assertThat(FoldedPattern.lowered("\u212A")).isNull();  // Kelvin sign: matches "k"
        assertThat(FoldedPattern.lowered("İ")).isNull();       // dotted capital I: lowers to "i"
        assertThat(FoldedPattern.lowered("’é—")).isEqualTo("’é—");
    }

    @Test
    void offsetsAreTheTextsAndGroupsAreReadFromIt() {
        String text = "On MAY 3rd and Sept 30";
        Matcher m = PATTERN.matcher(text, FoldedPattern.lowered(text));
        assertThat(m.find()).isTrue();
        assertThat(text.substring(m.start(1), m.end(1))).isEqualTo("MAY");
        assertThat(m.find()).isTrue();
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Sept 30");
    }

    @Property(tries = 1000)
    void findsWhatTheCaseInsensitiveSearchFinds(@ForAll @StringLength(max = 80)
            @Chars({'m', 'M', 'a', 'A', 'y', 'Y', 's', 'S', 'e', 'E', 'p', 'P', 't', 'T', 'u', 'n', 'N', 'r', 'h',
                    '1', '3', ' ', '.', '\n', 'é', 'ſ', '\u212A'}) String text) {
        assertThat(matches(text, FoldedPattern.lowered(text))).isEqualTo(matches(text, null));
    }

    private static List<String> matches(String text, String lowered) {
        List<String> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text, lowered);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.start(1) + "-" + m.end(2));
        }
        return out;
    }
}
