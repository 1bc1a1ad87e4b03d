package org.sitrep.clean.html;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorPropertyTest {

    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.loadDefault();

    @Property(tries = 300)
    void anyHtmlishInputGivesADraft(@ForAll("htmlish") String html) {
        ArticleDraft draft = extractor.extract(html, "random");

        assertThat(draft).isNotNull();
        assertThat(draft.text()).doesNotContain("\n\n\n");
        assertThat(draft.removedChars()).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<String> htmlish() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class='content'>", "<div class=\"related share\">", "</div>",
                        "<article>", "</article>", "<a href='/x'>", "</a>", "<br>", "<script>", "</script>",
                        "<meta property='article:published_time' content='2020-02-30T10:00:00Z'>",
                        "<script type='application/ld+json'>{\"@graph\":[{\"datePublished\":",
                        "<time datetime='", "'>", "<title>", "</title>", "<!--", "-->", "<h1>", "<li>", "<ul>",
                        "&amp;", "&#x0;", "\u0000", " | ", ", ", ". ", "\n"),
                Arbitraries.strings().ofMaxLength(40));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
