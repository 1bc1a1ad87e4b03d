package org.sitrep.clean.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.InputFormat;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateCleanerPropertiesTest {
    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.loadDefault();

    /** Random lines built from article words and boilerplate fragments, so the rules actually fire. */
    @Provide
    Arbitrary<String> scrapes() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Subscribe", "* indicates required", "Become a member", "News Feed", "Most read",
                        "1:50 PM (Updated: )", "March 4, 2031", "pic.twitter.com/Ab12Cd34Ef",
                        "— Some Account (@some_acct) May 2, 2030", "BREAKING:", "#Tag", "(Name / Agency)",
                        "Photo:", "Can we count on you?", "Your support helps us", "Close Read more", "Related:",
                        "The army said", "“quoted”", "\n", "\n\n", " ", "\r\n", "—", "(", ")", "@"));
        return piece.list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 400)
    void neverThrowsAndStaysWithinTheInput(@ForAll("scrapes") String input, @ForAll InputFormat format) {
        CleanBody body = CLEANER.clean(input, format);
        assertThat(body.text().length()).isLessThanOrEqualTo(input.length());
        assertThat(body.removedChars()).isBetween(0, input.length());
        for (EmbeddedPost post : body.embeddedPosts()) {
            assertThat(post.start()).isBetween(0, post.end());
            assertThat(post.end()).isLessThanOrEqualTo(body.text().length());
        }
    }

    @Property(tries = 200)
    void anyStringIsSafe(@ForAll String input) {
        CleanBody body = CLEANER.clean(input, InputFormat.TEXT);
        assertThat(body.text().length()).isLessThanOrEqualTo(input.length());
        assertThat(body.text()).isEqualTo(body.text().strip());
    }

    @Property(tries = 100)
    void cleaningIsIdempotentForText(@ForAll("scrapes") String input) {
        String once = CLEANER.clean(input, InputFormat.TEXT).text();
        String twice = CLEANER.clean(once, InputFormat.TEXT).text();
        assertThat(twice.length()).isLessThanOrEqualTo(once.length());
    }
}
