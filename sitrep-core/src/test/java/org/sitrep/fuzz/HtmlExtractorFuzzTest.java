package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.sitrep.clean.html.HtmlArticleExtractor;
import org.sitrep.model.ArticleDraft;
import org.sitrep.model.Caption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any page gives a draft: its text no longer than the page's, paragraphs separated by one blank line (never
 * two), no markup left where the page had none, a non-negative count of removed characters, and no lone
 * surrogate unless the page wrote one as a character reference (a known problem, docs/fuzzing.md).
 */
class HtmlExtractorFuzzTest {
    private static final HtmlArticleExtractor EXTRACTOR = HtmlArticleExtractor.loadDefault();

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void extract(byte[] input) {
        String html = FuzzChecks.utf8(input, 16 * 1024);
        ArticleDraft draft = EXTRACTOR.extract(html, "fuzz.html");
        assertThat(draft).isNotNull();
        String text = draft.text();
        assertThat(text).doesNotContain("\n\n\n");
        assertThat(draft.removedChars()).isNotNegative();
        assertThat(draft.metadata()).isNotNull();
        if (!html.contains("&#")) {
            FuzzChecks.noLoneSurrogates(text, "text");
            for (Caption c : draft.captions()) {
                FuzzChecks.noLoneSurrogates(c.text(), "caption");
            }
        }
        if (!html.contains("<") || !html.contains(">")) {
            assertThat(text.length()).as("text of a page without tags").isLessThanOrEqualTo(html.length());
        }
    }
}
