package org.sitrep.model;

import java.time.LocalDate;

/**
 * One source's value of a tally.
 *
 * @param count        the number as written
 * @param qualifier    how the number is qualified
 * @param attributedTo who the report says it comes from, or null
 * @param doc          the document id
 * @param date         the day the value holds for: the tally's "as of" day, else the report's publication day
 * @param figure       the figure it was read as (with its evidence)
 */
public record TallyClaim(long count, Qualifier qualifier, String attributedTo, String doc, LocalDate date,
                         Figure figure) {
}
