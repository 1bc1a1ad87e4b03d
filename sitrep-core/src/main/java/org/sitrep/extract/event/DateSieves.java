package org.sitrep.extract.event;

/** The sieves that decide the day of an event, from its own sentence to the report's publication. */
final class DateSieves {
    private DateSieves() {
    }

    /** The day the sentence itself tells ("on Monday", "on 3 March"). */
    static final class OfSentence implements Sieve<Dated> {
        public String name() {
            return "date:sentence";
        }

        public Dated decide(TriggerContext c) {
            return c.when.date() == null ? null : new Dated(c.when.date(), c.when.precision(), !c.when.said());
        }
    }

    /** "The attacks against Idlib …": a sentence that tells again the events before keeps their day. */
    static final class OfReferredEvent implements Sieve<Dated> {
        public String name() {
            return "date:referred-event";
        }

        public Dated decide(TriggerContext c) {
            return c.referred == null || c.referred.date == null ? null
                    : new Dated(c.referred.date, c.referred.precision, false);
        }
    }

    /** The day an earlier sentence of the paragraph told. */
    static final class OfParagraph implements Sieve<Dated> {
        public String name() {
            return "date:paragraph";
        }

        public Dated decide(TriggerContext c) {
            return c.paragraphDate == null ? null : new Dated(c.paragraphDate, c.paragraphPrecision, false);
        }
    }

    /** No day told: the week of publication (ACLED precision 2). */
    static final class OfPublication implements Sieve<Dated> {
        public String name() {
            return "date:publication-week";
        }

        public Dated decide(TriggerContext c) {
            return c.report.publication().date() == null ? null
                    : new Dated(c.report.publication().date(), 2, false);
        }
    }
}
