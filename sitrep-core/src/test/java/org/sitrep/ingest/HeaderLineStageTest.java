package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Report;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderLineStageTest {

    private static Report read(String name, String content) {
        Report report = new Report(new RawInput("x", name, name, content.getBytes(StandardCharsets.UTF_8)));
        new DecodeStage().process(report);
        new HeaderLineStage().process(report);
        return report;
    }

    @Test
    void headerDateOnItsOwnLine() {
        Report report = read("a.txt", " date 2025-05-12\nShelling resumed at dawn.");
        assertThat(report.draft().text()).isEqualTo("Shelling resumed at dawn.");
        assertThat(report.draft().metadata().dates()).singleElement().satisfies(d -> {
            assertThat(d.date()).hasToString("2025-05-12");
            assertThat(d.basis()).isEqualTo(PublishedBasis.HEADER);
        });
        assertThat(report.draft().removedChars()).isEqualTo(" date 2025-05-12\n".length());
    }

    @Test
    void headerDateSharingItsLineWithTheText() {
        Report report = read("a.txt", " date 2025-07-23 Your gift keeps us reporting. Donate\n\nThe army said.");
        assertThat(report.draft().text()).startsWith("Your gift keeps us reporting.");
        assertThat(report.draft().metadata().dates()).hasSize(1);
    }

    @Test
    void anImpossibleDateIsNotAHeaderClaim() {
        Report report = read("a.txt", " date 2025-02-30\nText.");
        assertThat(report.draft().metadata().dates()).isEmpty();
        assertThat(report.warnings()).singleElement().asString().contains("impossible date");
    }

    @Test
    void aHeaderDateOutsideAnySaneRangeIsRefusedWithAWarningAndItsLineRemoved() {
        Report report = read("a.txt", " date 0000-12-26\nShelling resumed at dawn.");
        assertThat(report.draft().metadata().dates()).isEmpty();
        assertThat(report.draft().text()).isEqualTo("Shelling resumed at dawn.");
        assertThat(report.warnings()).singleElement().asString().contains("outside 1900").contains("0000-12-26");
    }

    @Test
    void titleAndUrlHeaders() {
        Report report = read("a.txt", "title: Drones hit Odesa port\nurl: https://news.example.org/odesa\n date 2025-01-02\nBody.");
        assertThat(report.draft().metadata().title()).isEqualTo("Drones hit Odesa port");
        assertThat(report.draft().metadata().canonicalUrl()).isEqualTo("https://news.example.org/odesa");
        assertThat(report.draft().text()).isEqualTo("Body.");
    }

    @Test
    void bodyTextThatMerelyMentionsADateIsLeftAlone() {
        Report report = read("a.txt", "Dated 2025-01-02 documents were found.");
        assertThat(report.draft().metadata().dates()).isEmpty();
        assertThat(report.draft().text()).startsWith("Dated 2025");
    }

    @Test
    void markdownBecomesPlainTextWithItsTitle() {
        Report report = read("r.md", "# Clashes near Sake\n\nFighting **resumed** near [Sake](https://x.example/sake).\n\n## Aftermath\n\n> \"We fled,\" a resident said.");
        assertThat(report.draft().metadata().title()).isEqualTo("Clashes near Sake");
        assertThat(report.draft().text()).contains("Fighting resumed near Sake.").contains("Aftermath")
                .contains("\"We fled,\" a resident said.").doesNotContain("**").doesNotContain("](");
    }

    @Test
    void aMarkdownRuleOfThousandsOfMarksIsDropped() {
        Report report = read("r.md", "# Title\n\nFirst line.\n" + "- ".repeat(3_000) + "\n * * *\n-- not a rule\nLast line.");
        assertThat(report.draft().text()).isEqualTo("\nFirst line.\n\n\n-- not a rule\nLast line.");
        assertThat(report.draft().metadata().title()).isEqualTo("Title");
    }
}
