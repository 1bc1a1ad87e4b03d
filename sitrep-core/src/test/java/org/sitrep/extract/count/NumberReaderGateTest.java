package org.sitrep.extract.count;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.sitrep.model.Tokens;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate on the words a quantity can start with turns away only tokens where no quantity starts. */
class NumberReaderGateTest {
    private static final NumberReader READER = NumberReader.loadDefault();
    private static final String[] WORDS = {"at", "least", "About", "between", "Between", "BETWEEN", "and", "to", "-",
        "from", "twenty", "Twenty-Five", "five", "hundred", "a", "dozen", "Dozens", "of", "scores", "12", "1,500",
        "3.5", "million", "km", "people", "killed", "the", "more", "than", "Nearly", "one", "zero", "bn", "46th",
        "some", "up", "whereas", "x"};

    @Property(tries = 500)
    void theGateChangesNoReading(@ForAll @Size(min = 1, max = 14) List<@IntRange(max = 37) Integer> words) {
        Tokens tokens = tokens(words);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(READER.read(tokens, i, tokens.size())).as("at %d of %s", i, words)
                    .isEqualTo(READER.readAt(tokens, i, tokens.size()));
        }
    }

    private static Tokens tokens(List<Integer> words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int k = 0; k < words.size(); k++) {
            starts[k] = text.length();
            text.append(WORDS[words.get(k)]);
            ends[k] = text.length();
            text.append(' ');
        }
        return new Tokens(text.toString(), starts, ends, words.size());
    }
}
