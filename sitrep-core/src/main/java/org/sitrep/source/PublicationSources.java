package org.sitrep.source;

import org.sitrep.model.DateClaim;
import org.sitrep.model.Publication;
import org.sitrep.model.PublishedBasis;
import org.sitrep.source.PublicationInference.Decision;
import org.sitrep.source.PublicationSieve.Dating;
import org.sitrep.time.DateMention;

import java.time.LocalDate;

/**
 * The sources of a publication date, one sieve each; {@link PublicationSieves#ORDER} writes the order in which
 * they are tried. Each gives its date with the basis ({@code header}, {@code text}, {@code inferred}) and the
 * words of explanation it always gave.
 */
final class PublicationSources {
    private PublicationSources() {
    }

    /** The header line's or the page metadata's first claim (JSON-LD, meta tags, a "Published" line). */
    static final class HeaderClaim implements PublicationSieve {
        public String name() {
            return "published:header";
        }

        public Dating decide(DatingContext c) {
            return c.scraped() || c.claims().isEmpty() ? null : claim(c.claims().get(0));
        }
    }

    /** A date in the page's address ({@code /2019/nov/18/}), where the page claims none. */
    static final class Address implements PublicationSieve {
        public String name() {
            return "published:address";
        }

        public Dating decide(DatingContext c) {
            DateClaim fromAddress = c.scraped() ? null : c.addressClaim();
            return fromAddress == null ? null : claim(fromAddress);
        }
    }

    /** A scraped article's given day, where its text does not state one (a date line, a full dateline). */
    static final class ScrapedClaim implements PublicationSieve {
        public String name() {
            return "published:scraped";
        }

        public Dating decide(DatingContext c) {
            return !c.scraped() || c.claims().isEmpty() ? null : claim(c.claims().get(0));
        }
    }

    /** A date in a scraped article's address, where neither its text nor the scraper gives its day. */
    static final class ScrapedAddress implements PublicationSieve {
        public String name() {
            return "published:scraped-address";
        }

        public Dating decide(DatingContext c) {
            DateClaim fromAddress = c.scraped() ? c.addressClaim() : null;
            return fromAddress == null ? null : claim(fromAddress);
        }
    }

    private static Dating claim(DateClaim claim) {
        return Dating.fixed(new Publication(claim.date(), claim.basis(), claim.how()));
    }

    /** A date line under the headline that is not an "Updated" line ({@link DateLines}). */
    static final class PublishedDateLine implements PublicationSieve {
        public String name() {
            return "published:date-line";
        }

        public Dating decide(DatingContext c) {
            DateLines.DateLine line = c.dateLine();
            return line == null || line.label() == DateLines.Label.UPDATED ? null : dateLine(line);
        }
    }

    /** An "Updated" date line, where no dateline tells the day: the update is the closest day the text gives. */
    static final class UpdatedDateLine implements PublicationSieve {
        public String name() {
            return "published:updated-line";
        }

        public Dating decide(DatingContext c) {
            return c.dateLine() == null ? null : dateLine(c.dateLine());
        }
    }

    private static Dating dateLine(DateLines.DateLine line) {
        return Dating.fixed(new Publication(line.date(), PublishedBasis.TEXT, "date line '" + line.text() + "'"));
    }

    /** A dateline that opens the body with a full date ("KHARTOUM, March 12, 2024"). */
    static final class FullDateline implements PublicationSieve {
        public String name() {
            return "published:dateline";
        }

        public Dating decide(DatingContext c) {
            DateMention d = c.datelineDate();
            if (d == null || d.date() == null) {
                return null;
            }
            return Dating.fixed(new Publication(d.date(), PublishedBasis.TEXT, c.datelineHow()));
        }
    }

    /** A dateline day without its year, the year fixed by a dated mention or by its weekday. */
    static final class DatelineYear implements PublicationSieve {
        public String name() {
            return "published:dateline-year";
        }

        public Dating decide(DatingContext c) {
            if (!yearlessDateline(c) || !c.datelineYear().sure()) {
                return null;
            }
            return Dating.fixed(new Publication(c.datelineYear().date(), PublishedBasis.TEXT, c.datelineYear().how()));
        }
    }

    /**
     * A yearless dateline day ("KYIV, May 8 (Reuters) -") whose year the body leaves open, on a page a web archive
     * captured: the last such day on or before the capture (a day's grace for time zones). Wire copy writes its
     * datelines without a year, and a news crawl fetches a page within hours, so the capture's year is the page's,
     * ahead of one borrowed from other reports or guessed. A dateline weekday the day does not fall on leaves it open.
     */
    static final class DatelineCaptureYear implements PublicationSieve {
        public String name() {
            return "published:dateline-capture";
        }

        public Dating decide(DatingContext c) {
            if (!yearlessDateline(c) || c.datelineYear().sure() || c.captured() == null) {
                return null;
            }
            DateMention d = c.datelineDate();
            if (d.monthDay() == null) {
                return null;
            }
            LocalDate latest = c.captured().plusDays(1);
            int year = latest.getYear();
            if (!d.monthDay().isValidYear(year) || d.monthDay().atYear(year).isAfter(latest)) {
                year--;
            }
            if (!d.monthDay().isValidYear(year)) {
                return null; // 29 February, not in the year before the capture either
            }
            LocalDate day = d.monthDay().atYear(year);
            if (d.weekday() != null && day.getDayOfWeek() != d.weekday()) {
                return null;
            }
            return Dating.fixed(new Publication(day, PublishedBasis.INFERRED,
                    c.datelineHow() + ", year from the archive capture date " + c.captured()));
        }
    }

    /** A yearless dateline day whose year the body leaves open: the year nearest the batch's reports of it. */
    static final class DatelineBatchYear implements PublicationSieve {
        public String name() {
            return "published:dateline-batch";
        }

        public Dating decide(DatingContext c) {
            if (!yearlessDateline(c) || c.datelineYear().sure() || c.batch() == null) {
                return null;
            }
            DateMention d = c.datelineDate();
            Decision decision = c.datelineYear();
            Decision fromBatch = c.inference().completeYearFromBatch(d.monthDay(), d.weekday(), c.evidence(),
                    c.batch().related(), c.datelineHow());
            if (fromBatch == null || fromBatch.date().equals(decision.date())) {
                return null;
            }
            return new Dating(new Publication(fromBatch.date(), PublishedBasis.INFERRED, fromBatch.how()), true);
        }
    }

    /** A yearless dateline day in the year the body's weekdays suggest, or assumed: the day, its year open. */
    static final class DatelineGuessedYear implements PublicationSieve {
        public String name() {
            return "published:dateline-guess";
        }

        public Dating decide(DatingContext c) {
            if (!yearlessDateline(c)) {
                return null;
            }
            Decision decision = c.datelineYear();
            return new Dating(new Publication(decision.date(), PublishedBasis.TEXT, decision.how()), !decision.sure());
        }
    }

    private static boolean yearlessDateline(DatingContext c) {
        DateMention d = c.datelineDate();
        return d != null && d.date() == null;
    }

    /** The day the body's dates and weekdays fix ({@link PublicationInference}). */
    static final class BodyDays implements PublicationSieve {
        public String name() {
            return "published:body";
        }

        public Dating decide(DatingContext c) {
            Decision decision = c.bodyDay();
            return decision == null || !decision.sure() ? null : inferred(decision);
        }
    }

    /**
     * The day a web archive captured the page, where neither the page nor its text gives one: a news crawl fetches a
     * page within hours of its publication, so the capture day is the likeliest, ahead of a day borrowed from other
     * reports or a guessed year; but an archived page may be older, so it is never preferred to what the page says.
     */
    static final class CaptureDay implements PublicationSieve {
        public String name() {
            return "published:capture";
        }

        public Dating decide(DatingContext c) {
            return c.captured() == null ? null : Dating.fixed(new Publication(c.captured(), PublishedBasis.INFERRED,
                    "archive capture date (WARC-Date)"));
        }
    }

    /** Where the body leaves the year or the day open, the day the batch's reports of the same incident give. */
    static final class BodyBatch implements PublicationSieve {
        public String name() {
            return "published:body-batch";
        }

        public Dating decide(DatingContext c) {
            if (c.batch() == null) {
                return null;
            }
            Decision decision = c.bodyDay();
            Decision fromBatch = c.inference().inferFromBatch(c.evidence(), c.batch().related());
            if (fromBatch == null || decision != null && fromBatch.date().equals(decision.date())) {
                return null;
            }
            return new Dating(new Publication(fromBatch.date(), PublishedBasis.INFERRED, fromBatch.how()), true);
        }
    }

    /** The day the body suggests where it does not fix it (the year where loose weekdays agree best): open. */
    static final class BodyGuess implements PublicationSieve {
        public String name() {
            return "published:body-guess";
        }

        public Dating decide(DatingContext c) {
            Decision decision = c.bodyDay();
            return decision == null ? null : inferred(decision);
        }
    }

    private static Dating inferred(Decision decision) {
        return new Dating(new Publication(decision.date(), PublishedBasis.INFERRED, decision.how()), !decision.sure());
    }

    /** Days without a year that nothing decides: no date, and the note that the body tells days. */
    static final class UndecidedDays implements PublicationSieve {
        public String name() {
            return "published:undecided";
        }

        public Dating decide(DatingContext c) {
            return c.evidence().days().isEmpty() ? null
                    : new Dating(new Publication(null, null, "dates without a year that nothing decides"), true);
        }
    }

    /** Nothing tells the day. */
    static final class Unknown implements PublicationSieve {
        public String name() {
            return "published:unknown";
        }

        public Dating decide(DatingContext c) {
            return new Dating(Publication.UNKNOWN, true);
        }
    }
}
