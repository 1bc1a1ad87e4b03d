package org.sitrep.time;

import java.time.LocalDate;

/**
 * One time expression resolved against the publication date.
 *
 * @param start      first character in the text
 * @param end        end (exclusive)
 * @param text       the words as written, with the words that shape its meaning ("since Sunday",
 *                   "between November 26 and December 1", "early Thursday", "over the past week")
 * @param first      the first day the expression covers; null when it cannot be placed, and for
 *                   {@link Relation#UNTIL}, whose start the text does not tell
 * @param last       the last day it covers (equal to {@code first} for one day); null when it cannot be placed
 * @param precision  ACLED's time precision: 1 the day is known, 2 only the week (a span of at most 7 days),
 *                   3 only the month or longer
 * @param relation   how the expression relates its days to what the sentence tells
 * @param background true for history: years other than the year of publication and days more than 30 days
 *                   before publication
 */
public record TimeExpression(int start, int end, String text, LocalDate first, LocalDate last,
                             int precision, Relation relation, boolean background) {

    /** How an expression places what the sentence tells. */
    public enum Relation {
        /** On the day or within the span: "on Friday", "last week". */
        ON,
        /** From the day to the day of writing: "since Sunday", "since the start of the month". */
        SINCE,
        /** Up to the day, start unknown: "until Friday", "by Saturday", "as of November 30". */
        UNTIL,
        /** From one day to another: "between November 26 and December 1", "Nov. 26-29". */
        BETWEEN,
        /** After the day of writing, or told in the future tense: "will meet on Friday", "next week". */
        FUTURE
    }
}
