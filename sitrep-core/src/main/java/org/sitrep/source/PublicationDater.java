package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.Publication;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;

import java.time.Clock;

import java.util.List;

/**
 * Decides the publication date by the sources {@link PublicationSieves#ORDER} writes, strongest evidence first:
 * the claims of the header line and the page's metadata, else a date in its address ({@code header}); a date
 * line under the headline ({@link DateLines}) or a dateline that opens the body ({@code text}); the days the body
 * tells, as {@link PublicationInference} reasons them ({@code inferred}); and where the report leaves its year or
 * day open, the dates of the batch's reports of the same incident ({@link BatchDates}, {@code inferred}).
 * Immutable; one instance serves all threads.
 */
public final class PublicationDater {
    private final DatingContext.Readers readers;
    private final List<PublicationSieve> sieves;

    /** The dater with the default date words and the system clock (the clock only bounds guessed years). */
    public PublicationDater() {
        this(DateExpressions.loadDefault(), Clock.systemUTC());
    }

    public PublicationDater(DateExpressions expressions, Clock clock) {
        this.readers = new DatingContext.Readers(expressions, new DatelineReader(expressions),
                new DateLines(expressions), new AddressDate(expressions.words()), clock);
        this.sieves = PublicationSieves.ORDER;
    }

    /** Dates a report from its page metadata (dates, else a date in its address) and its body. */
    public Publication date(PageMetadata metadata, CleanBody body) {
        return date(metadata, body, null);
    }

    /**
     * Dates a report from its page metadata and its body; where neither fixes the year or the day, from the
     * dates of the batch's reports of the same incident ({@code batch}, may be null).
     */
    public Publication date(PageMetadata metadata, CleanBody body, BatchDates batch) {
        return date(metadata, body, batch, InputOrigin.PLAIN);
    }

    /**
     * As {@link #date(PageMetadata, CleanBody, BatchDates)}, for a report that came in as {@code origin} says: the
     * day of a scraped article's metadata counts only where the text does not state one, and an archived page's
     * capture day only where neither its page nor its text gives one.
     */
    public Publication date(PageMetadata metadata, CleanBody body, BatchDates batch, InputOrigin origin) {
        return date(metadata, body, null, batch, origin);
    }

    /**
     * As {@link #date(PageMetadata, CleanBody, BatchDates, InputOrigin)}, with the body's expressions of time
     * already found ({@code bodyDates}: {@code DateExpressions.find(body.text())}, or null to find them here).
     */
    public Publication date(PageMetadata metadata, CleanBody body, List<DateMention> bodyDates, BatchDates batch,
                            InputOrigin origin) {
        return decide(metadata.dates(), metadata.canonicalUrl(), body, bodyDates, batch, origin).publication();
    }

    /**
     * True when the report's own header and text leave its day open, or fix it only by a guessed year: the
     * dates of the batch's other reports may then decide it, and it lends its date to none of them.
     */
    public boolean leavesOpen(PageMetadata metadata, CleanBody body) {
        return leavesOpen(metadata, body, InputOrigin.PLAIN);
    }

    /** As {@link #leavesOpen(PageMetadata, CleanBody)}, for a report that came in as {@code origin} says. */
    public boolean leavesOpen(PageMetadata metadata, CleanBody body, InputOrigin origin) {
        return leavesOpen(metadata, body, null, origin);
    }

    /** As {@link #leavesOpen(PageMetadata, CleanBody, InputOrigin)}, with the body's dates already found (or null). */
    public boolean leavesOpen(PageMetadata metadata, CleanBody body, List<DateMention> bodyDates, InputOrigin origin) {
        return decide(metadata.dates(), metadata.canonicalUrl(), body, bodyDates, null, origin).open();
    }

    /** Dates a report from the claims made before its body. */
    public Publication date(List<DateClaim> claims, CleanBody body) {
        return date(claims, body, null);
    }

    /** Dates a report from the claims made before its body, the body, and the batch ({@code batch} may be null). */
    public Publication date(List<DateClaim> claims, CleanBody body, BatchDates batch) {
        return decide(claims, null, body, null, batch, InputOrigin.PLAIN).publication();
    }

    /** The first source of {@link PublicationSieves#ORDER} that dates the report ({@code address} may be null). */
    private PublicationSieve.Dating decide(List<DateClaim> claims, String address, CleanBody body,
                                           List<DateMention> bodyDates, BatchDates batch, InputOrigin origin) {
        DatingContext c = new DatingContext(claims, address, body, bodyDates, batch, readers, origin);
        for (PublicationSieve s : sieves) {
            PublicationSieve.Dating d = s.decide(c);
            if (d != null) {
                return d;
            }
        }
        throw new IllegalStateException("the last publication sieve always decides");
    }
}
