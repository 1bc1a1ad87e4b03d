package org.sitrep.extract.event;

import java.time.LocalDate;

/**
 * The day a date sieve gives an event.
 *
 * @param date      the day
 * @param precision ACLED time precision
 * @param own       the report tells this day for this sentence (not inherited or assumed)
 */
record Dated(LocalDate date, int precision, boolean own) {
}
