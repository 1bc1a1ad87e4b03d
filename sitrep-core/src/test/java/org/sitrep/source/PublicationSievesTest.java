package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PublishedBasis;
import org.sitrep.source.PublicationSieve.Dating;
import org.sitrep.time.DateExpressions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each source of the publication date on its own, and the order they are tried in. */
class PublicationSievesTest {
    private static final DateExpressions EXPRESSIONS = DateExpressions.loadDefault();
    private static final DatingContext.Readers READERS = new DatingContext.Readers(EXPRESSIONS,
            new DatelineReader(EXPRESSIONS), new DateLines(EXPRESSIONS), new AddressDate(EXPRESSIONS.words()),
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static DatingContext context(String text, String address, BatchDates batch) {
        return new DatingContext(List.of(), address, new CleanBody(text, List.of(), List.of(), 0, List.of()),
                batch, READERS, InputOrigin.PLAIN);
    }

    private static DatingContext context(String text) {
        return context(text, null, null);
    }

    @Test
    void theOrderGoesFromThePagesClaimsToTheBatchAndEndsWithASieveThatAlwaysDecides() {
        assertThat(PublicationSieves.ORDER).extracting(PublicationSieve::name).containsExactly(
                "published:header", "published:address", "published:date-line", "published:dateline",
                "published:scraped", "published:scraped-address", "published:dateline-year", "published:dateline-capture", "published:dateline-batch", "published:dateline-guess",
                "published:updated-line", "published:body", "published:capture", "published:body-batch", "published:body-guess",
                "published:undecided", "published:unknown");
        Dating last = PublicationSieves.ORDER.get(PublicationSieves.ORDER.size() - 1).decide(context("Quiet."));
        assertThat(last).isNotNull();
        assertThat(last.open()).isTrue();
    }

    @Test
    void aScrapedArticlesDayAndAddressCountOnlyAfterItsTextsOwnStatement() {
        DateClaim given = new DateClaim(LocalDate.of(2025, 4, 2), PublishedBasis.HEADER, "article file date");
        CleanBody body = new CleanBody("Quiet.", List.of(), List.of(), 0, List.of());
        DatingContext scraped = new DatingContext(List.of(given), "https://news.example/2025/04/03/raid", body, null,
                READERS, new InputOrigin(true, null));
        assertThat(new PublicationSources.HeaderClaim().decide(scraped)).isNull();
        assertThat(new PublicationSources.Address().decide(scraped)).isNull();
        assertThat(new PublicationSources.ScrapedClaim().decide(scraped).publication().date())
                .isEqualTo(LocalDate.of(2025, 4, 2));
        DatingContext urlOnly = new DatingContext(List.of(), "https://news.example/2025/04/03/raid", body, null,
                READERS, new InputOrigin(true, null));
        assertThat(new PublicationSources.ScrapedAddress().decide(urlOnly).publication().date())
                .isEqualTo(LocalDate.of(2025, 4, 3));
        DatingContext page = new DatingContext(List.of(given), null, body, null, READERS, InputOrigin.PLAIN);
        assertThat(new PublicationSources.ScrapedClaim().decide(page)).isNull();
    }

    @Test
    void anArchivedPagesCaptureDayCountsOnlyWhereThePageAndItsTextGiveNone() {
        CleanBody quiet = new CleanBody("Quiet.", List.of(), List.of(), 0, List.of());
        InputOrigin archived = new InputOrigin(false, LocalDate.of(2025, 4, 9));
        DatingContext bare = new DatingContext(List.of(), null, quiet, null, READERS, archived);
        Dating capture = new PublicationSources.CaptureDay().decide(bare);
        assertThat(capture.publication().date()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(capture.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(capture.open()).isFalse();

        DateClaim meta = new DateClaim(LocalDate.of(2025, 4, 2), PublishedBasis.HEADER, "meta pubdate");
        DatingContext withMeta = new DatingContext(List.of(meta), "https://news.example/2025/04/03/raid", quiet, null,
                READERS, archived);
        assertThat(new PublicationSources.HeaderClaim().decide(withMeta).publication().date())
                .isEqualTo(LocalDate.of(2025, 4, 2)); // the page's own claim, ahead of the capture
        DatingContext addressOnly = new DatingContext(List.of(), "https://news.example/2025/04/03/raid", quiet, null,
                READERS, archived);
        assertThat(new PublicationSources.Address().decide(addressOnly).publication().date())
                .isEqualTo(LocalDate.of(2025, 4, 3)); // its address too: an archived page is not a scrape
        assertThat(new PublicationSources.CaptureDay().decide(context("Quiet."))).isNull();
    }

    @Test
    void theHeaderTakesTheFirstClaimAndTheAddressOnlyItsOwnDate() {
        DateClaim claim = new DateClaim(LocalDate.of(2025, 4, 2), PublishedBasis.HEADER, "meta pubdate");
        DatingContext withClaim = new DatingContext(List.of(claim), null,
                new CleanBody("Quiet.", List.of(), List.of(), 0, List.of()), null, READERS, InputOrigin.PLAIN);
        assertThat(new PublicationSources.HeaderClaim().decide(withClaim).publication().how())
                .isEqualTo("meta pubdate");
        assertThat(new PublicationSources.HeaderClaim().decide(context("Quiet."))).isNull();

        Dating fromAddress = new PublicationSources.Address()
                .decide(context("Quiet.", "https://news.example/2025/04/03/raid", null));
        assertThat(fromAddress.publication().date()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(fromAddress.open()).isFalse();
        assertThat(new PublicationSources.Address().decide(context("Quiet.", "https://news.example/raid", null)))
                .isNull();
    }

    @Test
    void aPublishedDateLineDecidesAndAnUpdatedOneWaitsForTheDateline() {
        String updated = "Updated: 5 May 2025\n\nPORTVILLE, May 4, 2025 - Guards were attacked at the north gate "
                + "before dawn, the port authority said.";
        assertThat(new PublicationSources.PublishedDateLine().decide(context(updated))).isNull();
        assertThat(new PublicationSources.FullDateline().decide(context(updated)).publication().date())
                .isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(new PublicationSources.UpdatedDateLine().decide(context(updated)).publication().date())
                .isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void aYearlessDatelineIsForTheDatelineYearSievesOnly() {
        String text = "PORTVILLE, May 4 - Guards were attacked on Sunday. The port reopened on April 30, 2025.";
        assertThat(new PublicationSources.FullDateline().decide(context(text))).isNull();
        Dating d = new PublicationSources.DatelineYear().decide(context(text));
        assertThat(d.publication().date()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(d.publication().how()).isEqualTo("dateline 'PORTVILLE, May 4', year from the date 2025-04-30");
        assertThat(new PublicationSources.BodyDays().decide(context("PORTVILLE - Guards were attacked."))).isNull();
    }

    @Test
    void theBatchDecidesOnlyWhereTheBodyLeavesTheYearOpen() {
        BatchDates batch = new BatchDates(List.of(LocalDate.of(2023, 9, 14)), List.of("other"));
        String open = "Rebels attacked the garrison on September 13, a spokesman said.";
        assertThat(new PublicationSources.BodyDays().decide(context(open, null, batch))).isNull();
        Dating fromBatch = new PublicationSources.BodyBatch().decide(context(open, null, batch));
        assertThat(fromBatch.publication().date()).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(fromBatch.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(fromBatch.open()).isTrue();
        assertThat(new PublicationSources.BodyBatch().decide(context(open))).isNull();
        assertThat(new PublicationSources.UndecidedDays().decide(context(open)).publication().how())
                .isEqualTo("dates without a year that nothing decides");
    }
}
