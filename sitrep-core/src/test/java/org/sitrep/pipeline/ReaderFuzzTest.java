package org.sitrep.pipeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.RawInput;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Random bytes, random text and random HTML never make the reader or the cleaners throw. */
class ReaderFuzzTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();
    private static final InputReader READER = new InputReader();

    private static void analyse(byte[] bytes, String name) {
        try {
            byte[] content = READER.gunzip(bytes);
            Report report = PIPELINE.run(new Report(new RawInput("fuzz", name, name, content)));
            String text = report.body().text();
            for (EmbeddedPost post : report.body().embeddedPosts()) {
                assertThat(post.start()).isBetween(0, text.length());
                assertThat(post.end()).isBetween(post.start(), text.length());
            }
            assertThat(report.body().removedChars()).isNotNegative();
        } catch (InputException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        analyse(bytes, "random.txt");
        analyse(bytes, "random.html");
    }

    @Property(tries = 300)
    void randomText(@ForAll("scrapedText") String text) {
        analyse(text.getBytes(StandardCharsets.UTF_8), "random.txt");
    }

    @Property(tries = 300)
    void randomHtml(@ForAll("html") String html) {
        analyse(html.getBytes(StandardCharsets.UTF_8), "random.html");
    }

    @Provide
    Arbitrary<String> scrapedText() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("Subscribe", "* indicates required", "Read more", "News Feed", " date 2025-02-30",
                        " date 2024-11-29 Support us", "— Some One (@someone) March 4, 2025", "pic.twitter.com/abc",
                        "(Photo / AFP via Getty Images)", "", "On Friday, Nov. 29, fighters entered the town."));
        return lines.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<nav>", "<aside class=related>",
                        "<script>var x='<p>';</script>", "<meta property=\"article:published_time\" content=\"2025-13-45\">",
                        "<script type=\"application/ld+json\">{\"datePublished\": [1, {\"a\": null}]}</script>",
                        "<time datetime=\"not a date\">", "<!--", "-->", "&amp;", "&#xFFFFFF;", "<![CDATA[", "<html>", "<body>"),
                Arbitraries.strings().ofMaxLength(60));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
