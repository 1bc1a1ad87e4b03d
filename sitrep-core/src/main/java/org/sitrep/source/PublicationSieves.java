package org.sitrep.source;

import java.util.List;

/**
 * The order of the sources of a publication date, written in one place; the first that decides wins. The page's
 * own claims go first (header line and metadata, then a date in its address), then what the text states (a date
 * line under the headline, the dateline, an "Updated" line where no dateline tells the day), then what the body's
 * days let reason, and last the dates of the batch's reports of the same incident, only where the report leaves
 * its year or day open. A scraped article's given day and address count only after its text's date line and full
 * dateline: the scraper read them from somewhere else. An archived page's capture day comes after all the page and
 * its text say, before the batch.
 */
final class PublicationSieves {
    private PublicationSieves() {
    }

    static final List<PublicationSieve> ORDER = List.of(
            new PublicationSources.HeaderClaim(),
            new PublicationSources.Address(),
            new PublicationSources.PublishedDateLine(),
            new PublicationSources.FullDateline(),
            new PublicationSources.ScrapedClaim(),
            new PublicationSources.ScrapedAddress(),
            new PublicationSources.DatelineYear(),
            new PublicationSources.DatelineCaptureYear(),
            new PublicationSources.DatelineBatchYear(),
            new PublicationSources.DatelineGuessedYear(),
            new PublicationSources.UpdatedDateLine(),
            new PublicationSources.BodyDays(),
            new PublicationSources.CaptureDay(),
            new PublicationSources.BodyBatch(),
            new PublicationSources.BodyGuess(),
            new PublicationSources.UndecidedDays(),
            new PublicationSources.Unknown());
}
