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
 * metadata ({@code header}); a dateline that opens the body ({@code text}); the days the body tells, as
 * {@link PublicationInference} reasons them ({@code inferred}). Immutable; one instance serves all threads.
 */
public final class PublicationDater {
    private final DateExpressions expressions;
    private final DatelineReader datelines;
    private final AddressDate address;
    private final Clock clock;

    /** The dater with the default date words and the system clock (the clock only bounds guessed years). */
    public PublicationDater() {
        this(DateExpressions.loadDefault(), Clock.systemUTC());
    }

    public PublicationDater(DateExpressions expressions, Clock clock) {
        this.expressions = expressions;
        this.datelines = new DatelineReader(expressions);
        this.address = new AddressDate(expressions.words());
        this.clock = clock;
    }

    /** Dates a report from its page metadata (dates, else a date in its address) and its body. */
    public Publication date(PageMetadata metadata, CleanBody body) {
        List<DateClaim> claims = metadata.dates();
        if (claims.isEmpty()) {
            DateClaim fromAddress = address.find(metadata.canonicalUrl());
            if (fromAddress != null) {
                claims = List.of(fromAddress);
            }
        }
        return date(claims, body);
    }

    /** Dates a report from the claims made before its body and from the body. */
    public Publication date(List<DateClaim> claims, CleanBody body) {
        if (!claims.isEmpty()) {
            DateClaim best = claims.get(0);
            return new Publication(best.date(), best.basis(), best.how());
        }
        PublicationInference inference = new PublicationInference(LocalDate.now(clock).getYear());
        DateEvidence evidence = DateEvidence.read(body, expressions);
        Dateline dateline = datelines.find(body.text());
        if (dateline != null && dateline.date() != null) {
            DateMention d = dateline.date();
            String how = "dateline '" + (dateline.place() == null ? "" : dateline.place() + ", ") + d.text() + "'";
            if (d.date() != null) {
                return new Publication(d.date(), PublishedBasis.TEXT, how);
            }
            PublicationInference.Decision decision = inference.completeYear(d.monthDay(), d.weekday(), evidence, how);
            return new Publication(decision.date(), PublishedBasis.TEXT, decision.how());
        }
        PublicationInference.Decision decision = inference.inferFromBody(evidence);
        if (decision == null) {
            return evidence.days().isEmpty() ? Publication.UNKNOWN
                    : new Publication(null, null, "dates without a year that nothing decides");
        }
        return new Publication(decision.date(), PublishedBasis.INFERRED, decision.how());
    }
}
