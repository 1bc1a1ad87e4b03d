package org.sitrep.model;

import java.time.LocalDate;

/**
 * One change of who holds a place, read from a territorial event.
 *
 * @param date      the day of the change (first day when only the week or month is known)
 * @param precision ACLED time precision of that day
 * @param from      who lost it, or null when not told
 * @param to        who took it, or null when not told
 * @param eventId   the fused event it comes from
 * @param status    how well that event is established
 */
public record ControlChange(LocalDate date, int precision, String from, String to, String eventId,
                           EventStatus status) {
}
