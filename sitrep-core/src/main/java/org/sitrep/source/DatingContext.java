package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the sieves of one report read: the claims made before its body, its page address, its body and its
 * batch, and what the readers find in them. Each reading is made once, on the first sieve that asks for it, so a
 * report dated by its header never has its body's dates read. One per report and thread.
 */
final class DatingContext {

    /** The readers the sieves share; made once per dater. */
    record Readers(DateExpressions expressions, DatelineReader datelines, DateLines dateLines,
                   AddressDate address, Clock clock) {
    }

    private final List<DateClaim> claims;
    private final String address;
    private final CleanBody body;
    private final List<DateMention> bodyDates; // found by the pipeline's date scan, or null
    private final BatchDates batch;
    private final Readers readers;
    private final InputOrigin origin;

    private boolean lineRead;
    private DateLines.DateLine line;
    private DateEvidence evidence;
    private TextZones zones;
    private PublicationInference inference;
    private boolean datelineRead;
    private Dateline dateline;
    private PublicationInference.Decision datelineYear;
    private boolean bodyRead;
    private PublicationInference.Decision bodyDay;

    DatingContext(List<DateClaim> claims, String address, CleanBody body, BatchDates batch, Readers readers,
                  InputOrigin origin) {
        this(claims, address, body, null, batch, readers, origin);
    }

    DatingContext(List<DateClaim> claims, String address, CleanBody body, List<DateMention> bodyDates,
                  BatchDates batch, Readers readers, InputOrigin origin) {
        this.claims = claims;
        this.address = address;
        this.body = body;
        this.bodyDates = bodyDates;
        this.batch = batch;
        this.readers = readers;
        this.origin = origin;
    }

    /**
     * True when the claims and the address came with a scraped article (news-please, trafilatura) rather than from
     * the page itself: they then count only where the text does not state its day.
     */
    boolean scraped() {
        return origin.scraped();
    }

    /** The day a web archive captured the page, or null when it did not come from one. */
    java.time.LocalDate captured() {
        return origin.captured();
    }

    /** The claims of the header line and the page's metadata, strongest first. */
    List<DateClaim> claims() {
        return claims;
    }

    /** The date in the page's address, or null. */
    DateClaim addressClaim() {
        return address == null ? null : readers.address().find(address);
    }

    /** The dates of the batch's reports of the same incident, or null when there is no batch. */
    BatchDates batch() {
        return batch;
    }

    /** The date line under the headline, or null. */
    DateLines.DateLine dateLine() {
        if (!lineRead) {
            line = readers.dateLines().find(body.text(), zones());
            lineRead = true;
        }
        return line;
    }

    /** The body's zones (narration, sidebars, embedded posts ...), read once for the date line and the evidence. */
    private TextZones zones() {
        if (zones == null) {
            zones = TextZones.of(body.text(), body.embeddedPosts(), readers.expressions().words().phrases("feed-heading"));
        }
        return zones;
    }

    /** The body's days and weekdays as evidence of the day of publication. */
    DateEvidence evidence() {
        if (evidence == null) {
            evidence = DateEvidence.read(body,
                    bodyDates != null ? bodyDates : readers.expressions().find(body.text()), zones(), readers.expressions());
        }
        return evidence;
    }

    PublicationInference inference() {
        if (inference == null) {
            inference = new PublicationInference(LocalDate.now(readers.clock()).getYear());
        }
        return inference;
    }

    /** The date of the dateline that opens the body, or null when it has none. */
    DateMention datelineDate() {
        if (!datelineRead) {
            dateline = readers.datelines().find(body.text());
            datelineRead = true;
        }
        return dateline == null ? null : dateline.date();
    }

    /** The dateline's words as a publication's explanation ("dateline 'KHARTOUM, March 12'"). */
    String datelineHow() {
        DateMention d = datelineDate();
        return "dateline '" + (dateline.place() == null ? "" : dateline.place() + ", ") + d.text() + "'";
    }

    /** The year of a dateline day written without one, as the body's dates complete it (needs such a day). */
    PublicationInference.Decision datelineYear() {
        if (datelineYear == null) {
            DateMention d = datelineDate();
            datelineYear = inference().completeYear(d.monthDay(), d.weekday(), evidence(), datelineHow());
        }
        return datelineYear;
    }

    /** The day the body's dates and weekdays tell, or null when they decide none. */
    PublicationInference.Decision bodyDay() {
        if (!bodyRead) {
            bodyDay = inference().inferFromBody(evidence());
            bodyRead = true;
        }
        return bodyDay;
    }
}
