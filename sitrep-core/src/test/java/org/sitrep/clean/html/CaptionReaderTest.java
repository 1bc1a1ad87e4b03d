package org.sitrep.clean.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Caption;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionReaderTest {
    private final CaptionReader reader = new CaptionReader();

    @Test
    void figcaptionsOfTheArticleWithTheirMarkedCredit() {
        List<Caption> captions = reader.read(Jsoup.parse("""
                <aside><figure><figcaption>Most read: a photo essay</figcaption></figure></aside>
                <article><p>Text.</p><figure><img src=a.jpg><figcaption>Smoke rises over Sake on Monday.
                <span class="image-credit">Ana Diaz / AFP</span></figcaption></figure>
                <figure><figcaption>Smoke rises over Sake on Monday. <span class="image-credit">Ana Diaz / AFP</span></figcaption></figure>
                </article>"""));
        assertThat(captions).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith("Smoke rises over Sake on Monday.");
            assertThat(c.credit()).isEqualTo("Ana Diaz / AFP");
        });
    }

    @Test
    void captionNamedByClassWithATrailingCredit() {
        List<Caption> captions = reader.read(Jsoup.parse("""
                <div class="story"><div class="photo"><img src=b.jpg><div class="photo-caption">Families wait for
                water near Tawila on Sunday. (Photo: Local Relief Committee)</div></div><p>Text.</p></div>
                <footer><div class="caption">Footer logo</div></footer>"""));
        assertThat(captions).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith("Families wait for water");
            assertThat(c.credit()).isEqualTo("Photo: Local Relief Committee");
        });
    }

    @Test
    void noCaptionsNoResult() {
        assertThat(reader.read(Jsoup.parse("<p>Only text.</p>"))).isEmpty();
    }
}
