package org.sitrep.clean.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.InputFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateCleanerTest {
    private static BoilerplateCleaner cleaner;

    @BeforeAll
    static void load() {
        cleaner = BoilerplateCleaner.loadDefault();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = BoilerplateCleanerTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void linePerParagraphScrapeKeepsEveryArticleLineAndNothingElse() throws IOException {
        CleanBody body = cleaner.clean(fixture("line-per-paragraph.txt"), InputFormat.TEXT);
        String text = body.text();
        assertThat(text).startsWith("Armed groups attacked three checkpoints")
                .endsWith("Wire services contributed to this report.")
                .contains("The attacks began shortly after dawn", "Fighting near the dam",
                        "“We held every position,” a regional commander", "The regional governor called for calm",
                        "The governor's office did not respond");
        assertThat(text).doesNotContain("Become a supporter", "chose to support", "Skip to content",
                "Ada Brenn", "AI assistance", "Dam guards accused", "How far can we go", "humbled by your support",
                "Show us support", "Become a member", "masterCard", "News Feed", "3:05 PM", "Parliament delays",
                "fuel subsidies", "Storm warnings", "MORE NEWS", "Editors' Picks", "email", "Subscribe",
                "indicates required", "Morning Dispatch", "signing up");
        assertThat(count(text, "at least 400 families")).isEqualTo(1);
        assertThat(body.captions()).containsExactly(new Caption(
                "Militia fighters gather near a bridge outside Norvel on March 3, 2031, as the northern offensive "
                        + "continues.", "Ada Brenn / Photo Agency via Stock Images"));
        assertThat(body.removed()).extracting(CleanBody.Removal::reason)
                .contains("appeal", "navigation", "caption", "notice", "related headline", "repeated paragraph",
                        "sidebar", "newsletter", "repeated embedded post");
        assertThat(body.removedChars()).isEqualTo(body.removed().stream().mapToInt(r -> r.text().length()).sum());
    }

    @Test
    void embeddedPostsAreKeptOnceAndMarked() throws IOException {
        CleanBody body = cleaner.clean(fixture("line-per-paragraph.txt"), InputFormat.TEXT);
        String text = body.text();
        assertThat(count(text, "pic.twitter.com/Zz98Yy76Xx")).isEqualTo(1);
        assertThat(body.embeddedPosts()).hasSize(2);
        EmbeddedPost first = body.embeddedPosts().get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("""
                BULLETIN:
                Fighters are now within 5 km of the Norvel dam, local sources say. pic.twitter.com/Ab12Cd34Ef
                — Frontline Tracker (@frontline_trk) March 4, 2031""");
        assertThat(first.author()).isEqualTo("Frontline Tracker");
        assertThat(first.handle()).isEqualTo("@frontline_trk");
        assertThat(first.date()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(first.url()).isEqualTo("pic.twitter.com/Ab12Cd34Ef");
        EmbeddedPost second = body.embeddedPosts().get(1);
        assertThat(text.substring(second.start(), second.end()))
                .startsWith("#Norvel").endsWith("(@ridge_watch) March 4, 2031");
        assertThat(text.substring(0, second.start())).endsWith("until further notice.\n");
    }

    @Test
    void blankSeparatedScrapeKeepsParagraphsAndDropsChrome() throws IOException {
        CleanBody body = cleaner.clean(fixture("blank-separated.txt"), InputFormat.TEXT);
        String text = body.text();
        assertThat(text).startsWith("Gunmen stormed a village market").endsWith("Reporting agencies contributed to this report.")
                .contains("\n\nWitnesses said the attackers", "The administrator said security forces",
                        "Police said on Saturday");
        assertThat(text).doesNotContain("Your support", "Your donation", "Close Read more", "Skip to main content",
                "Listen to this article", "READ MORE", "Valley roads closed", "Advertisement", "Most read",
                "Harbor bridge reopens", "weekly briefing", "Your email", "Sign up", "Thanks for signing up");
        assertThat(count(text, "They shot at everyone who ran")).isEqualTo(1);
        assertThat(body.captions()).containsExactly(
                new Caption("Burnt stalls in the Soren valley market on Saturday.", "Harbor Ledger / staff"));
        assertThat(body.embeddedPosts()).singleElement().satisfies(post -> {
            assertThat(text.substring(post.start(), post.end())).startsWith("Smoke over the Soren market")
                    .endsWith("June 6, 2031");
            assertThat(post.handle()).isEqualTo("@soren_monitor");
        });
        assertThat(text).doesNotContain("\n\n\n");
    }

    @Test
    void appealRunTogetherWithArticleKeepsTheArticle() {
        String text = "Please consider supporting our newsroom. Your donation helps us stay on the ground. "
                + "Maybe later Support us The river port of Kasso was shelled for a second night on Sunday, "
                + "killing two dock workers and damaging a grain store, the port authority said in a statement.";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).startsWith("The river port of Kasso was shelled");
        assertThat(body.removed()).singleElement().extracting(CleanBody.Removal::reason).isEqualTo("appeal");
    }

    @Test
    void articleSentencesThatMentionSupportOrDonationsStay() {
        String text = """
                The government said it would support displaced families with cash transfers.

                A charity said donations of blood had fallen since the fighting began.

                Members of the council voted to extend the curfew.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).isEqualTo(text);
        assertThat(body.removed()).isEmpty();
        assertThat(body.removedChars()).isZero();
    }

    @Test
    void subheadingFollowedByNewParagraphIsKept() {
        String text = """
                Troops entered the town at dawn.
                Border posts
                Two border posts were abandoned overnight, officials said.
                Soldiers said they had run out of fuel.""";
        assertThat(cleaner.clean(text, InputFormat.TEXT).text()).isEqualTo(text);
    }

    @Test
    void inlineRelatedLinesAreDropped() {
        String text = """
                The convoy reached the camp on Monday.

                Related: Aid agencies warn of fuel shortages

                See also: How the siege began

                Officials said more trucks would follow.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).isEqualTo("The convoy reached the camp on Monday.\n\nOfficials said more trucks would follow.");
    }

    @Test
    void cookieAndShareLinesAreDropped() {
        String text = """
                This website uses cookies to improve your experience. Accept
                Share this article
                Close
                Shells hit the southern district overnight, residents said.""";
        assertThat(cleaner.clean(text, InputFormat.TEXT).text())
                .isEqualTo("Shells hit the southern district overnight, residents said.");
    }

    @Test
    void captionCreditForms() {
        String text = """
                Rescue teams search the rubble of a school. (Photo: Lena Vos)
                Smoke rises over the harbour on Monday. Photograph: Omar Tell/Coast Images
                Image credit: Kira Dale
                Lena Vos / Getty Images
                Residents cleared debris from the road on Tuesday.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).isEqualTo("Residents cleared debris from the road on Tuesday.");
        assertThat(body.captions()).extracting(Caption::credit)
                .containsExactly("Lena Vos", "Omar Tell/Coast Images", "Kira Dale", "Lena Vos / Getty Images");
        assertThat(body.captions().get(0).text()).isEqualTo("Rescue teams search the rubble of a school.");
    }

    @Test
    void parentheticalAtEndOfArticleSentenceIsNotACaption() {
        String text = "The ministry published the figures on Monday (a week later than planned).";
        assertThat(cleaner.clean(text, InputFormat.TEXT).text()).isEqualTo(text);
    }

    @Test
    void repeatsCompareWithoutCaseQuotesOrSpacing() {
        String text = """
                “We will not leave,” the mayor said.

                "We  will not LEAVE," the mayor said.

                The mayor's office is in the old market.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).isEqualTo("“We will not leave,” the mayor said.\n\nThe mayor's office is in the old market.");
        assertThat(body.removed()).extracting(CleanBody.Removal::reason).containsExactly("repeated paragraph");
    }

    @Test
    void sidebarEarlyInThePageTakesOnlyItsList() {
        String text = """
                Latest
                Ceasefire talks resume in the capital
                Floods cut the northern highway

                Artillery fire struck the eastern suburbs of Talmar on Thursday, killing four people, the city council said in a statement issued in the evening.

                The council said two schools and a clinic had been damaged and that repair crews could not reach them.

                Residents said the shelling was the heaviest in a month and that many families had spent the night in basements.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).startsWith("Artillery fire struck").endsWith("spent the night in basements.");
        assertThat(body.text()).doesNotContain("Ceasefire talks", "Floods cut");
    }

    @Test
    void feedHeadingWithoutListAfterItDoesNotEatTheArticle() {
        String text = """
                The army said it repelled the attack.

                Related

                Two soldiers were wounded in the exchange of fire, according to a statement released by the army on Friday morning, which gave no further details about the clashes.""";
        CleanBody body = cleaner.clean(text, InputFormat.TEXT);
        assertThat(body.text()).contains("The army said it repelled the attack.", "Two soldiers were wounded");
    }

    @Test
    void htmlGetsOnlyTheSafeRules() {
        String text = """
                Most read

                Two bridges were destroyed, the agency said.

                Rescue teams search the rubble of a school. (Photo: Lena Vos)

                Subscribe

                Two bridges were destroyed, the agency said.""";
        CleanBody body = cleaner.clean(text, InputFormat.HTML);
        assertThat(body.text()).isEqualTo("""
                Most read

                Two bridges were destroyed, the agency said.

                Rescue teams search the rubble of a school. (Photo: Lena Vos)""");
        assertThat(body.captions()).isEmpty();
    }

    @Test
    void hardWrappedLineContinuesTheSentence() {
        String text = "Fighters entered the village of Dorsa after a night of\nheavy shelling, residents said.";
        assertThat(cleaner.clean(text, InputFormat.TEXT).text())
                .isEqualTo("Fighters entered the village of Dorsa after a night of heavy shelling, residents said.");
    }

    @Test
    void emptyAndBlankInput() {
        assertThat(cleaner.clean("", InputFormat.TEXT).text()).isEmpty();
        assertThat(cleaner.clean("\n \n\t\n", InputFormat.TEXT).text()).isEmpty();
        assertThat(cleaner.clean("\r\nShort report.\r\n", InputFormat.TEXT).text()).isEqualTo("Short report.");
    }
}
