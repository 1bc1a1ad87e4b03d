package org.sitrep.extract.event;

import java.time.LocalDate;

/**
 * The day a sentence gives its events, and whether it tells history or a span of days.
 *
 * @param date       the day, or null
 * @param precision  ACLED time precision of that day
 * @param background the sentence tells history ("in 2012")
 * @param span       the sentence tells a span or tally over days, not one incident
 * @param said       the day is only the day it was said ("officials said on Sunday"), not the incident's own
 */
record SentenceDate(LocalDate date, int precision, boolean background, boolean span, boolean said) {
    static final SentenceDate SPAN = new SentenceDate(null, 0, false, true, false);

    SentenceDate(LocalDate date, int precision, boolean background, boolean span) {
        this(date, precision, background, span, false);
    }
}
