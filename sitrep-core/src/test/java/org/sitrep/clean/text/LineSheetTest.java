package org.sitrep.clean.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's fast paths (ASCII spaces, line search, remembered word counts) give what the plain loops give. */
class LineSheetTest {

    @Test
    void spaceTestAgreesWithCharacterForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean general = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF';
            assertThat(LineSheet.isSpace(ch)).as("U+%04X", c).isEqualTo(general);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \t\r\n\u00A0\u2003\uFEFF.").ofMaxLength(80);
    }

    @Property(tries = 500)
    void linesAreTheTrimmedPiecesBetweenLineFeeds(@ForAll("texts") String text) {
        LineSheet sheet = LineSheet.split(text);
        String[] pieces = text.split("\n", -1);
        assertThat(sheet.size).isEqualTo(pieces.length);
        int from = 0;
        for (int i = 0; i < pieces.length; i++) {
            int s = from;
            int e = from + pieces[i].length();
            while (s < e && LineSheet.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && LineSheet.isSpace(text.charAt(e - 1))) {
                e--;
            }
            assertThat(sheet.start[i]).isEqualTo(s);
            assertThat(sheet.end[i]).isEqualTo(e);
            from += pieces[i].length() + 1;
        }
    }

    @Property(tries = 500)
    void rememberedWordCountsAnswerEveryCapAsCountingAgain(@ForAll("texts") String text) {
        LineSheet sheet = LineSheet.split(text);
        for (int cap = 0; cap < 12; cap++) {
            for (int i = 0; i < sheet.size; i++) {
                assertThat(sheet.words(i, cap)).isEqualTo(countUpTo(text, sheet.start[i], sheet.end[i], cap));
            }
        }
    }

    /** The count as the cleaner first wrote it: stop at the first word past the cap. */
    private static int countUpTo(String text, int from, int to, int cap) {
        int n = 0;
        boolean in = false;
        for (int p = from; p < to; p++) {
            boolean space = Character.isWhitespace(text.charAt(p)) || Character.isSpaceChar(text.charAt(p))
                    || text.charAt(p) == '\uFEFF';
            if (!space && !in && ++n > cap) {
                return n;
            }
            in = !space;
        }
        return n;
    }
}
