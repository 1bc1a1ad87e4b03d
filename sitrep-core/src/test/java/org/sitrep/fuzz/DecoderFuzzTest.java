package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.sitrep.ingest.DecodeStage;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Report;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw bytes, gzip or not, through the reader and the decoder: either a one-line {@link InputException} or text
 * that is NFC, has only {@code \n} line breaks, no NUL or other control character but tab, and no lone surrogate.
 */
class DecoderFuzzTest {
    private static final InputReader READER = new InputReader(4L * 1024 * 1024);
    private static final TextDecoder DECODER = new TextDecoder();
    private static final DecodeStage STAGE = new DecodeStage();

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void decode(byte[] input) {
        byte[] bytes = FuzzChecks.cap(input, 64 * 1024);
        for (String name : new String[] {"fuzz.txt", "fuzz.html", "fuzz.md"}) {
            checkText(DECODER.decode(bytes, name).decoded().text(), name);
        }
        InputBatch batch;
        try {
            batch = READER.expand(bytes, "fuzz", "fuzz.txt.gz", new IdAllocator());
        } catch (InputException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        assertThat(batch.inputs()).isNotEmpty();
        for (RawInput raw : batch.inputs()) {
            Report report = new Report(raw);
            STAGE.process(report);
            checkText(report.decoded().text(), raw.id());
        }
        batch.notices().forEach(n -> assertThat(n.message()).doesNotContain("\n"));
    }

    private static void checkText(String text, String what) {
        FuzzChecks.noLoneSurrogates(text, what);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c < 0xA0;
            assertThat(control).as("%s: control character U+%04X at %d", what, (int) c, i).isFalse();
            assertThat(c == '\u2028' || c == '\u2029' || c == '\uFEFF').as("%s: U+%04X at %d", what, (int) c, i)
                    .isFalse();
        }
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s is NFC", what).isTrue();
    }
}
