package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.sitrep.clean.text.BoilerplateCleaner;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.InputFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scraped text in every format: the body is no longer than the input, stripped, and every character it keeps
 * or drops is counted within the input; embedded posts lie inside the body, in order, without overlap.
 */
class BoilerplateCleanerFuzzTest {
    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.loadDefault();

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void clean(byte[] input) {
        String text = FuzzChecks.utf8(input, 16 * 1024);
        for (InputFormat format : InputFormat.values()) {
            CleanBody body = CLEANER.clean(text, format);
            String what = format.name();
            assertThat(body.text().length()).as(what).isLessThanOrEqualTo(text.length());
            assertThat(body.text()).as(what).isEqualTo(body.text().strip());
            assertThat(body.removedChars()).as(what).isBetween(0, text.length());
            FuzzChecks.noLoneSurrogates(body.text(), what);
            int previousEnd = 0;
            for (EmbeddedPost post : body.embeddedPosts()) {
                FuzzChecks.span(post.start(), post.end(), body.text().length(), what + " post");
                assertThat(post.start()).as("%s posts in order", what).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = post.end();
            }
        }
    }
}
