package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.Publication;
import org.sitrep.model.PublishedBasis;
import org.sitrep.time.DateExpressions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of the dater, on texts written for the test. */
class PublicationDaterTest {
    static final PublicationDater DATER = new PublicationDater(DateExpressions.loadDefault(),
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    static CleanBody body(String text) {
        return new CleanBody(text, List.of(), List.of(), 0, List.of());
    }

    static Publication date(String text) {
        return DATER.date(List.of(), body(text));
    }

    @Test
    void headerClaimWins() {
        DateClaim claim = new DateClaim(LocalDate.of(2025, 2, 2), PublishedBasis.HEADER, "header line 'date 2025-02-02'");
        Publication p = DATER.date(List.of(claim), body("HARGEISA, June 9 (Reuters) - Clashes went on."));
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(p.basis()).isEqualTo(PublishedBasis.HEADER);
    }

    @Test
    void metadataClaimWinsOverTheBody() {
        DateClaim meta = new DateClaim(LocalDate.of(2023, 6, 1), PublishedBasis.HEADER, "meta article:published_time");
        Publication p = DATER.date(List.of(meta), body("Gunmen attacked a village on May 30, 2023."));
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(p.how()).contains("meta");
    }

    @Test
    void datelineWithAgencyTakesTheYearWhereTheWeekdayAgrees() {
        Publication p = date("TRIPOLI, Jan 14 (Reuters) - Rival militias fought in the capital overnight, a "
                + "ministry official said on Tuesday. The city has been divided since 2022.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(p.basis()).isEqualTo(PublishedBasis.TEXT);
        assertThat(p.how()).contains("dateline 'TRIPOLI, Jan 14'");
    }

    @Test
    void datelineWithCountryAndPlainDash() {
        Publication p = date("BUKAVU, Congo, March 3 - Rebels took another hill, the deadliest week so far in 2025.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(p.basis()).isEqualTo(PublishedBasis.TEXT);
    }

    @Test
    void datelineInTitleCaseWithFullDateAndColon() {
        Publication p = date("Menu\nAden, 12 March 2025: Port workers walked out after a drone hit a crane.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(p.basis()).isEqualTo(PublishedBasis.TEXT);
    }

    @Test
    void datelineWithoutDateDoesNotDate() {
        Publication p = date("MOGADISHU, Somalia (AP) — A car bomb went off near a checkpoint.");
        assertThat(p.date()).isNull();
        assertThat(p.basis()).isNull();
    }

    @Test
    void latestExplicitDateIsThePublication() {
        Publication p = date("Militants stormed the town on Oct. 4, 2023. By Oct. 6 the army had retaken the "
                + "market, the governor said.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 10, 6));
        assertThat(p.basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(p.how()).contains("latest explicit date 'Oct. 6'");
    }

    @Test
    void weekdayAfterTheLatestDateMovesItForward() {
        Publication p = date("In the week to Aug. 8, 2024, shelling killed 30 civilians, the monitor said "
                + "Friday. On Wednesday a clinic was hit.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 8, 9));
        assertThat(p.how()).contains("weekday 'Friday'");
    }

    @Test
    void yearFromACaptionCompletesYearlessDates() {
        CleanBody b = new CleanBody("The bridge was destroyed on Feb. 11. The governor said on Thursday that "
                + "repairs would take months.", List.of(new Caption("The bridge on Feb. 10, 2025.", "Staff")),
                List.of(), 0, List.of());
        Publication p = DATER.date(List.of(), b);
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 2, 13));
    }

    @Test
    void withNoYearTheWeekdayNamedWithTheDateDecides() {
        Publication p = date("Drones struck the depot on Friday, Nov. 29, officials said.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(p.how()).contains("weekdays agree");
    }

    @Test
    void sidebarDatesAfterAHeadingAreIgnored() {
        String text = "Police said the market blast on Dec. 3, 2024 killed six people and wounded many more "
                + "who had gathered to buy bread early in the morning.\n\n"
                + "Witnesses said the blast shook buildings across the district.\n\n"
                + "Most read\n"
                + "Dec. 9, 2024 – Ceasefire talks resume in the capital\n"
                + "Officials on Dec. 8 announced a curfew, the second this month in the northern town.\n";
        assertThat(date(text).date()).isEqualTo(LocalDate.of(2024, 12, 3));
    }

    @Test
    void captionLinesAndEmbeddedPostsTellNoDay() {
        String text = "Families returned to the camp on May 17, 2025 after the shelling stopped.\n"
                + "A tent burns in the camp on May 21, 2025. (Jane Roe / Example Agency)\n"
                + "Camp shelled again tonight, say residents, as on May 25. pic.example/x\n"
                + "— Camp Watch (@campwatch) May 16, 2025\n";
        int postStart = text.indexOf("Camp shelled");
        EmbeddedPost post = new EmbeddedPost(postStart, text.length(), "Camp Watch", "@campwatch",
                LocalDate.of(2025, 5, 16), null);
        Publication p = DATER.date(List.of(), new CleanBody(text, List.of(), List.of(post), 0, List.of()));
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 5, 17));
    }

    @Test
    void backgroundYearsAloneDecideNothing() {
        Publication p = date("Talks collapsed in 2016 and fighting has not stopped since 2020. Rockets hit "
                + "the port on June 4.");
        assertThat(p.date()).isNull();
    }

    @Test
    void onlyYearsLongPastDoNotLetWeekdaysGuessTheYear() {
        Publication p = date("The fort was built in 1911. Rebels took it on Oct. 26, the army said Thursday.");
        assertThat(p.date()).isNull();
    }

    @Test
    void yearlessDateJustBeforeADatedPostStaysInItsYear() {
        String text = "Strikes hit the port on March 21 and again on Nov. 18, officials said.\n"
                + "Port on fire. pic.example/z\n— Harbour Watch (@harbourwatch) November 19, 2024\n";
        assertThat(date(text).date()).isEqualTo(LocalDate.of(2024, 11, 19));
    }

    @Test
    void futureDatesAreNotEvents() {
        Publication p = date("Gunmen killed four guards on June 20, 2024. Talks will resume on June 30, the "
                + "mediators said.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void aStartToldInARelativeClauseLiesBeforeTheReport() {
        String post = "\nRebels enter the outskirts. pic.example/y\n— Front Notes (@frontnotes) March 4, 2025\n";
        Publication background = date("The offensive, which began on Tuesday, has displaced thousands." + post);
        Publication sameDay = date("The offensive began on Tuesday. Rebels are now fighting near the airport." + post);
        assertThat(background.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(sameDay.date()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void noDateAtAll() {
        Publication p = date("Fighting continued in the hills, residents said.");
        assertThat(p).isEqualTo(Publication.UNKNOWN);
    }

    @Test
    void newsFeedInLeftoverBoilerplateIsIgnored() {
        String text = "Troops pulled back from the ridge on April 12, 2024, the army said in a statement "
                + "that gave no figure for losses among its soldiers or the civilians nearby.\n\n"
                + "News Feed\n\n3:10 PM\n\nThe army on April 19 said it had retaken the ridge.\n";
        assertThat(date(text).date()).isEqualTo(LocalDate.of(2024, 4, 12));
    }
    @Test
    void aDateLineUnderTheHeadlineDatesTheReport() {
        Publication p = date("Ferry crossing attacked\n\n11:20 AM | 8 Feb, 2022\n\nLAKESIDE - Gunmen attacked the "
                + "ferry crossing on Friday, killing four people, police said on Saturday.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 2, 8));
        assertThat(p.basis()).isEqualTo(PublishedBasis.TEXT);
        assertThat(p.how()).contains("date line");
    }

    @Test
    void aDatelineWithAColonAfterTheDay() {
        Publication p = date("RIVERTON, Oct 3: Two guards were killed on Tuesday, police said. The town was "
                + "shelled in 2022.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 10, 3));
        assertThat(p.how()).contains("dateline 'RIVERTON, Oct 3'");
    }

    @Test
    void aWeekdayWithItsDateInParenthesesFixesTheDayAgainstAnEarlierWeekday() {
        Publication p = date("The army said on Tuesday (November 14th) that it held the town. Rebels had cut "
                + "the roads on Friday as the columns advanced. The junta took power in 2020.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 11, 14));
    }

    @Test
    void theLastDayOfARangeIsTheLatestDayTold() {
        Publication p = date("Raiders struck the post on the night of March 8-9, the army said on Saturday. "
                + "The valley has been contested since 2021.");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void aFullDateBeforeAPastYearIsBackground() {
        Publication p = date("Gunmen seized pupils on Thursday. Such raids have been common since 2014, when "
                + "fighters took a school on April 14, 2014 in another state.");
        assertThat(p.date()).isNull();
    }

    @Test
    void theBatchGivesTheYearOfADayWithoutOne() {
        BatchDates batch = new BatchDates(List.of(LocalDate.of(2019, 9, 14)), List.of("other"));
        Publication alone = date("Rebels attacked the garrison on September 13, a spokesman said.");
        Publication withBatch = DATER.date(List.of(), body("Rebels attacked the garrison on September 13, a "
                + "spokesman said."), batch);
        assertThat(alone.date()).isNull();
        assertThat(withBatch.date()).isEqualTo(LocalDate.of(2019, 9, 13));
        assertThat(withBatch.basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(withBatch.how()).contains("batch's report of 2019-09-14");
    }

    @Test
    void theBatchReadsWeekdaysAsOfTheFirstReportOfTheIncident() {
        BatchDates batch = new BatchDates(List.of(LocalDate.of(2020, 6, 11), LocalDate.of(2020, 6, 10),
                LocalDate.of(2020, 5, 1)), List.of("b", "a", "old"));
        Publication p = DATER.date(List.of(), body("Militants stormed the base on Wednesday, officials said."), batch);
        assertThat(p.date()).isEqualTo(LocalDate.of(2020, 6, 10));
        assertThat(p.basis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void theBatchPicksTheYearOfADatelineWhoseWeekdaysFitSeveral() {
        String text = "HARBOUR CITY, May 9 (Agency) - Air strikes on Thursday hit the fuel depot, the ministry said. "
                + "The blockade began in 2022.";
        BatchDates batch = new BatchDates(List.of(LocalDate.of(2025, 5, 9)), List.of("other"));
        assertThat(date(text).date()).isEqualTo(LocalDate.of(2024, 5, 9)); // Thursday itself: a guess
        assertThat(DATER.date(List.of(), body(text), batch).date()).isEqualTo(LocalDate.of(2025, 5, 9));
    }

    @Test
    void theBatchNeverOverridesTheReportsOwnDate() {
        BatchDates batch = new BatchDates(List.of(LocalDate.of(2021, 1, 5)), List.of("other"));
        Publication p = DATER.date(List.of(), body("KHARTOUM, 12 March 2025: Shelling hit the market on Tuesday."),
                batch);
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(p.basis()).isEqualTo(PublishedBasis.TEXT);
        Publication sure = DATER.date(List.of(), body("Drones struck the depot on Friday, Nov. 29, officials said."),
                batch);
        assertThat(sure.date()).isEqualTo(LocalDate.of(2024, 11, 29));
    }
}
