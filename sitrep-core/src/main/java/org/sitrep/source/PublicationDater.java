package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.Publication;
import org.sitrep.model.PublishedBasis;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides the publication date, strongest evidence first: the claims of the header line and the page's
 * metadata ({@code header}); a date line under the headline ({@link DateLines}) or a dateline that opens the
 * body ({@code text}); the days the body tells, as {@link PublicationInference} reasons them ({@code inferred});
 * and where the report leaves its year or day open, the dates of the batch's reports of the same incident
 * ({@link BatchDates}, {@code inferred}). Immutable; one instance serves all threads.
 */
public final class PublicationDater {
    private final DateExpressions expressions;
    private final DatelineReader datelines;
    private final DateLines dateLines;
    private final AddressDate address;
    private final Clock clock;

    /** The dater with the default date words and the system clock (the clock only bounds guessed years). */
    public PublicationDater() {
        this(DateExpressions.loadDefault(), Clock.systemUTC());
    }

    public PublicationDater(DateExpressions expressions, Clock clock) {
        this.expressions = expressions;
        this.datelines = new DatelineReader(expressions);
        this.dateLines = new DateLines(expressions);
        this.address = new AddressDate(expressions.words());
        this.clock = clock;
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
        return date(claims(metadata), body, batch);
    }

    /**
     * True when the report's own header and text leave its day open, or fix it only by a guessed year: the
     * dates of the batch's other reports may then decide it, and it lends its date to none of them.
     */
    public boolean leavesOpen(PageMetadata metadata, CleanBody body) {
        return decide(claims(metadata), body, null).open();
    }

    private List<DateClaim> claims(PageMetadata metadata) {
        List<DateClaim> claims = metadata.dates();
        if (claims.isEmpty()) {
            DateClaim fromAddress = address.find(metadata.canonicalUrl());
            if (fromAddress != null) {
                claims = List.of(fromAddress);
            }
        }
        return claims;
    }

    /** A publication, and whether the report's own words leave it open. */
    private record Result(Publication publication, boolean open) {
        static Result fixed(Publication p) {
            return new Result(p, false);
        }
    }

    /** Dates a report from the claims made before its body and from the body. */
    public Publication date(List<DateClaim> claims, CleanBody body) {
        return date(claims, body, null);
    }

    /** Dates a report from the claims made before its body, the body, and the batch ({@code batch} may be null). */
    public Publication date(List<DateClaim> claims, CleanBody body, BatchDates batch) {
        return decide(claims, body, batch).publication();
    }

    private Result decide(List<DateClaim> claims, CleanBody body, BatchDates batch) {
        if (!claims.isEmpty()) {
            DateClaim best = claims.get(0);
            return Result.fixed(new Publication(best.date(), best.basis(), best.how()));
        }
        DateLines.DateLine line = dateLines.find(body.text(), body.embeddedPosts());
        if (line != null && line.label() != DateLines.Label.UPDATED) {
            return Result.fixed(new Publication(line.date(), PublishedBasis.TEXT, "date line '" + line.text() + "'"));
        }
        PublicationInference inference = new PublicationInference(LocalDate.now(clock).getYear());
        DateEvidence evidence = DateEvidence.read(body, expressions);
        Dateline dateline = datelines.find(body.text());
        if (dateline != null && dateline.date() != null) {
            DateMention d = dateline.date();
            String how = "dateline '" + (dateline.place() == null ? "" : dateline.place() + ", ") + d.text() + "'";
            if (d.date() != null) {
                return Result.fixed(new Publication(d.date(), PublishedBasis.TEXT, how));
            }
            PublicationInference.Decision decision = inference.completeYear(d.monthDay(), d.weekday(), evidence, how);
            if (!decision.sure() && batch != null) {
                PublicationInference.Decision fromBatch =
                        inference.completeYearFromBatch(d.monthDay(), d.weekday(), evidence, batch.related(), how);
                if (fromBatch != null && !fromBatch.date().equals(decision.date())) {
                    return new Result(new Publication(fromBatch.date(), PublishedBasis.INFERRED, fromBatch.how()), true);
                }
            }
            return new Result(new Publication(decision.date(), PublishedBasis.TEXT, decision.how()), !decision.sure());
        }
        if (line != null) {
            return Result.fixed(new Publication(line.date(), PublishedBasis.TEXT, "date line '" + line.text() + "'"));
        }
        PublicationInference.Decision decision = inference.inferFromBody(evidence);
        if ((decision == null || !decision.sure()) && batch != null) {
            PublicationInference.Decision fromBatch = inference.inferFromBatch(evidence, batch.related());
            if (fromBatch != null && (decision == null || !fromBatch.date().equals(decision.date()))) {
                return new Result(new Publication(fromBatch.date(), PublishedBasis.INFERRED, fromBatch.how()), true);
            }
        }
        if (decision == null) {
            return new Result(evidence.days().isEmpty() ? Publication.UNKNOWN
                    : new Publication(null, null, "dates without a year that nothing decides"), true);
        }
        return new Result(new Publication(decision.date(), PublishedBasis.INFERRED, decision.how()), !decision.sure());
    }
}
