package org.sitrep.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The splitter asks the model only about paragraphs that can hold two sentences, and gets what the model gives. */
class SentenceSplitterModelTest {
    private static final SentenceModel MODEL = model();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(MODEL, Abbreviations.loadDefault());

    private static SentenceModel model() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.MODEL_RESOURCE)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spans(Span[] spans) {
        return Arrays.toString(Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd()).toArray());
    }

    @Property(tries = 1000)
    void givesWhatTheModelGives(@ForAll @StringLength(max = 60)
                                @Chars({'a', 'B', ' ', '.', '!', '?', '"', ')', '\n', '\u00a0', '\u2019'}) String paragraph) {
        assertThat(spans(SPLITTER.modelSpans(paragraph)))
                .isEqualTo(spans(new SentenceDetectorME(MODEL).sentPosDetect(paragraph)));
    }

    @Test
    void oneSentenceParagraphsAreWholeWithoutTheirOuterSpaces() {
        String[] paragraphs = {"  Troops withdrew from the ridge on Sunday.  ", "Shelling resumed at dawn!",
            "\u00a0The convoy reached the border crossing?\n", "No end mark at all", "   ", "", "\"They left.\""};
        for (String p : paragraphs) {
            assertThat(spans(SPLITTER.modelSpans(p))).as(p)
                    .isEqualTo(spans(new SentenceDetectorME(MODEL).sentPosDetect(p)));
        }
    }
}
