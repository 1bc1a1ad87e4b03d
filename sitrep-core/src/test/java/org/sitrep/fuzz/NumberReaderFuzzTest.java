package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.sitrep.extract.count.NumberReader;
import org.sitrep.extract.count.Quantity;
import org.sitrep.model.Tokens;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number read at every token of any text: it starts at that token and ends inside the range it was given,
 * after it; it is a number or a vague quantity, never both; and a number is non-negative and at most
 * {@link NumberReader#MAX_VALUE} (no count in news copy comes near it; an overflow would).
 */
class NumberReaderFuzzTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.loadDefault());
    private static final NumberReader NUMBERS = NumberReader.loadDefault();
    static final long MAX = NumberReader.MAX_VALUE;

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void read(byte[] input) {
        String text = FuzzChecks.utf8(input, 4 * 1024);
        Tokens tokens = TOKENIZER.tokenize(text);
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            for (int to : new int[] {n, Math.min(n, i + 3)}) {
                Quantity q = NUMBERS.read(tokens, i, to);
                if (q == null) {
                    continue;
                }
                String what = q + " at token " + i + " of " + n + " (to " + to + ")";
                assertThat(q.first()).as(what).isEqualTo(i);
                assertThat(q.end()).as(what).isGreaterThan(i).isLessThanOrEqualTo(to);
                assertThat(q.qualifier()).as(what).isNotNull();
                assertThat(q.value() == null).as(what + ": a number or vague").isEqualTo(q.vague() != null);
                if (q.value() != null) {
                    assertThat(q.value()).as(what).isBetween(0L, MAX);
                }
            }
        }
    }
}
