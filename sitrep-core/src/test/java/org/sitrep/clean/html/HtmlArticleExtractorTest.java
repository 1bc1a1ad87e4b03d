package org.sitrep.clean.html;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleDraft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {

    private static HtmlArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = HtmlArticleExtractor.loadDefault();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void semanticPageKeepsTheArticleParagraphsInOrder() throws IOException {
        String text = extractor.extract(fixture("semantic.html"), "semantic.html").text();

        assertThat(text).startsWith("The old stone bridge over the Lenner river reopened");
        assertThat(text).endsWith("a full inspection of the arches would follow in the autumn.");
        assertThat(text.indexOf("Engineers from the county")).isGreaterThan(text.indexOf("reopened to traffic"));
    }

    @Test
    void headingsListItemsAndQuotesAreParagraphsOfTheirOwn() throws IOException {
        String text = extractor.extract(fixture("semantic.html"), "semantic.html").text();

        assertThat(text.split("\n\n")).contains(
                "Traffic returns",
                "The weight limit of twelve tonnes stays in place until the inspection is complete.",
                "Pedestrians will use the northern footpath while the southern one is repaired.",
                "We are grateful to everyone who kept going through those long nights, said the mayor of the town.");
        assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ").doesNotContain("<");
    }

    @Test
    void chromeAndBoilerplateBlocksAreDropped() throws IOException {
        String text = extractor.extract(fixture("semantic.html"), "semantic.html").text();

        assertThat(text)
                .doesNotContain("window.tracking")          // script
                .doesNotContain("color: red")               // style
                .doesNotContain("Sport")                    // nav
                .doesNotContain("cookies")                  // cookie banner
                .doesNotContain("Share on social")          // share bar
                .doesNotContain("newsletter")               // signup box
                .doesNotContain("Farmers count the cost")   // related articles
                .doesNotContain("commute was a nightmare")  // comments
                .doesNotContain("Council votes")            // sidebar
                .doesNotContain("All rights reserved")      // footer
                .doesNotContain("seen from the east bank")  // caption
                .doesNotContain("By Mara Quill")            // byline
                .doesNotContain("Bridge reopens after river flood"); // headline is metadata, not body
    }

    @Test
    void removedCharsCountsTheVisibleTextLeftOut() throws IOException {
        ArticleDraft draft = extractor.extract(fixture("semantic.html"), "semantic.html");

        assertThat(draft.removedChars()).isGreaterThan(600);
        assertThat(draft.removedChars()).isLessThan(draft.text().length() * 3);
    }

    @Test
    void divSoupPageYieldsTheBiggestTextBlockWithBreaks() throws IOException {
        ArticleDraft draft = extractor.extract(fixture("divsoup.html"), "divsoup.html");
        String text = draft.text();

        assertThat(text.split("\n\n")).hasSize(4);
        assertThat(text).startsWith("The harvest festival on the market square drew more visitors");
        assertThat(text).endsWith("the committee said on Sunday evening.");
        assertThat(text).doesNotContain("Library extends").doesNotContain("Sunny").doesNotContain("Privacy");
        assertThat(draft.metadata().title()).isEqualTo("Harvest festival draws record crowd");
        assertThat(draft.metadata().dates()).extracting(d -> d.date()).containsExactly(LocalDate.of(2023, 9, 30));
    }

    @Test
    void paragraphBreaksSurviveInlineMarkup() {
        String html = "<html><body><article>"
                + "<p>First paragraph of the report, with <a href='/x'>a link</a> and <b>bold words</b> inside it.</p>"
                + "<p>Second   paragraph,\n spread over\tseveral   lines of the source, about the events of the day.</p>"
                + "<p>Third paragraph closes the report with a last sentence about what happens next week.</p>"
                + "</article></body></html>";

        String text = extractor.extract(html, "t").text();

        assertThat(text).isEqualTo(
                "First paragraph of the report, with a link and bold words inside it.\n\n"
                + "Second paragraph, spread over several lines of the source, about the events of the day.\n\n"
                + "Third paragraph closes the report with a last sentence about what happens next week.");
    }

    @Test
    void pageNestedTenThousandLevelsDeepCompletes() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>A paragraph found at the very bottom of a very deep page, long enough to count as prose.</p>");
        html.append("</div>".repeat(10_000));
        html.append("</body></html>");
        AtomicReference<ArticleDraft> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // A small stack: any recursion over the tree would overflow here.
        Thread t = new Thread(null, () -> {
            try {
                result.set(extractor.extract(html.toString(), "deep"));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "deep", 256 * 1024);
        t.start();
        t.join(60_000);

        assertThat(failure.get()).isNull();
        assertThat(result.get()).isNotNull();
        assertThat(result.get().text()).contains("A paragraph found at the very bottom of a very deep page");
    }

    @Test
    void pageWithoutArticleTextGivesShortTextWithoutError() {
        String html = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav>"
                + "<div class='menu'><a href='/b'>Blog</a></div><footer>Contact</footer></body></html>";

        ArticleDraft draft = extractor.extract(html, "nav-only");

        assertThat(draft.text().length()).isLessThan(20);
        assertThat(draft.metadata().title()).isEqualTo("Home");
    }

    @Test
    void emptyAndNullInputGiveEmptyDrafts() {
        assertThat(extractor.extract("", "e").text()).isEmpty();
        assertThat(extractor.extract(null, "n").text()).isEmpty();
        assertThat(extractor.extract("just some words", "w").removedChars()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aReferenceToASurrogateIsAReplacementCharacter() {
        ArticleDraft draft = extractor.extract("<html><head><title>Clash &#xD800; in Kano</title></head><body><article>"
                + "<p>Gunmen killed five people in Kano &#55296; on Monday, &#xDBFF;&#xDC00; police said &#x1F600; "
                + "and &#xdfff</p></article></body></html>", "s.html");
        assertThat(draft.text()).isEqualTo("Gunmen killed five people in Kano \uFFFD on Monday, \uFFFD\uFFFD police said "
                + "\uD83D\uDE00 and \uFFFD");
        assertThat(draft.metadata().title()).isEqualTo("Clash \uFFFD in Kano");
    }
}
