package org.sitrep.extract.event;

/** The sieves that decide the day of an event, from its own sentence to the report's publication. */
final class DateSieves {
    private DateSieves() {
    }

    /**
     * "Six were killed on Saturday, a day after a priest was killed in X on Friday": a subordinate clause that tells
     * its own day dates the trigger inside it.
     */
    static final class OfClause implements Sieve<Dated> {
        public String name() {
            return "date:clause";
        }

        public Dated decide(TriggerContext c) {
            int sub = -1;
            for (int i = c.t.first() - 1; i > c.s.firstToken(); i--) {
                if (!c.tokens.word(i) && Clauses.clauseBreak(c.tokens, i)) {
                    break;
                }
                if (c.lexicon().subordinators.at(c.tokens, i, i + 1) != null) {
                    sub = i;
                    break;
                }
            }
            if (sub < 0) {
                return null;
            }
            int to = c.t.end();
            while (to < c.s.endToken() && !(!c.tokens.word(to) && Clauses.clauseBreak(c.tokens, to))
                    && c.lexicon().subordinators.at(c.tokens, to, to + 1) == null) {
                to++;
            }
            java.time.LocalDate d = c.res.dater().clauseDate(c.tokens, c.s, c.times, sub + 1, to);
            return d == null || d.equals(c.when.date()) ? null : new Dated(d, 1, true);
        }
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

    /**
     * "Al-Shabab also launched a dawn attack on a base at X": an incident told with no day of its own, after an
     * incident the report told with its day, happened on that day; else on the day its lede tells.
     */
    static final class OfReportIncident implements Sieve<Dated> {
        /** Drafts told before within which the last dated incident is looked for (a bound, not a tuning). */
        private static final int LOOK_BACK = 20;

        public String name() {
            return "date:report-incident";
        }

        public Dated decide(TriggerContext c) {
            for (int i = c.told.size() - 1; i >= Math.max(0, c.told.size() - LOOK_BACK); i--) { // the last one dated
                EventDraft d = c.told.get(i);
                if (d.ownDate && d.date != null && d.precision == 1) {
                    return new Dated(d.date, 1, false);
                }
            }
            java.time.LocalDate lede = c.whole().ledeDay(c.s.index());
            return lede == null ? null : new Dated(lede, 1, false);
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
