package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.time.DateExpressions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Date lines under a headline, on texts written for the test. */
class DateLinesTest {
    private static final DateLines LINES = new DateLines(DateExpressions.loadDefault());
    private static final String STORY = "Gunmen on motorbikes attacked a river crossing near the market town, killing "
            + "at least nine traders and wounding many others who were waiting for the ferry, local officials said.\n";

    @Test
    void aTimeAndADateUnderTheHeadline() {
        DateLines.DateLine d = LINES.find("Traders killed at river crossing\n\n09:40 AM | 4 Mar, 2023\n\n" + STORY);
        assertThat(d).isNotNull();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(d.label()).isEqualTo(DateLines.Label.NONE);
    }

    @Test
    void aDateAloneAboveACreditLine() {
        DateLines.DateLine d = LINES.find("Traders killed at river crossing\n\n4 March 2023\nRiver Post (Lakeside)\n\n"
                + STORY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 4));
    }

    @Test
    void aSlashBeforeTheYear() {
        assertThat(LINES.find("Traders killed\nMarch 4/2023\n" + STORY).date()).isEqualTo(LocalDate.of(2023, 3, 4));
    }

    @Test
    void publishedWinsOverUpdated() {
        DateLines.DateLine d = LINES.find("Traders killed\nPublished on 4 March 2023\nLast updated: 14:05 GMT, "
                + "9 March 2023\n" + STORY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(d.label()).isEqualTo(DateLines.Label.PUBLISHED);
    }

    @Test
    void anUpdatedLineAloneIsStillADateLineButTheWeakest() {
        DateLines.DateLine d = LINES.find("Traders killed\nUpdated: 14:05 GMT, 9 March 2023\n" + STORY);
        assertThat(d.label()).isEqualTo(DateLines.Label.UPDATED);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 9));
    }

    @Test
    void theLineNearestTheStoryWinsOverAnAggregatorsOwnDate() {
        DateLines.DateLine d = LINES.find("News Roundup Portal\nMay 30, 2024 |\nSponsored links\nRiver Post\n"
                + "4 Mar 2023\n\n" + STORY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 4));
    }

    @Test
    void copyrightAndSentencesAreNotDateLines() {
        assertThat(LINES.find("Traders killed\nCopyright 4 March 2014 River Post\n" + STORY)).isNull();
        assertThat(LINES.find("Officials said the crossing reopened on 4 March 2023 after repairs.\n" + STORY))
                .isNull();
    }

    @Test
    void aDateLineMayFollowAStandfirstButNotTheStory() {
        assertThat(LINES.find("Traders killed\n" + STORY + "By A. Writer\n4 March 2023\n" + STORY).date())
                .isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(LINES.find("Traders killed\n" + STORY + STORY + "4 March 2023\n")).isNull();
    }

    @Test
    void publishedAndUpdatedOnOneLine() {
        DateLines.DateLine d = LINES.find("Traders killed\nPublished: 4 March 2023 | Last updated: 9 March 2023\n"
                + STORY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(LINES.find("Traders killed\n4 March 2023 - 9 March 2023\n" + STORY)).isNull();
    }

    @Test
    void aPhotoCaptionIsNotADateLine() {
        assertThat(LINES.find("Traders killed\nFile photo: 4 March 2014\n" + STORY)).isNull();
    }
}
