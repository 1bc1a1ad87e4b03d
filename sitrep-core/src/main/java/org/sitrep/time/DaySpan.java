package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;

/**
 * The days a resolver gives one expression, before its cue is applied.
 *
 * @param first     the first day, or null when it cannot be placed
 * @param last      the last day, or null
 * @param precision ACLED's time precision (1 day, 2 week, 3 month or longer)
 * @param yearLike  a year or a span of years: history when its year is not the year of writing
 * @param relation  how it relates its days to what the sentence tells
 */
record DaySpan(LocalDate first, LocalDate last, int precision, boolean yearLike, Relation relation) {

    /** An expression that cannot be placed (no date of writing, an impossible date). */
    static DaySpan unplaced(int precision) {
        return new DaySpan(null, null, precision, false, Relation.ON);
    }
}
