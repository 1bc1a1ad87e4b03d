package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

/**
 * One expression being read: a date mention, a phrase of the lexicon, or a range of two ({@code from},
 * {@code to}). Its offsets grow as the extension steps take in the words around it; the fields below are what
 * those steps and the cues found, read by the resolvers. Lives for one call.
 */
final class TimeItem {
    static final int NO_SHIFT = Integer.MIN_VALUE;

    int start;
    int end;
    /** The date mention, or null for a phrase or a range. */
    final DateMention mention;
    /** The phrase found, for an item that is no mention and no range. */
    WordHit<TimeLexicon.Phrase> hit;
    /** The two ends of a range, or null. */
    TimeItem from;
    TimeItem to;
    /** A year written as a decade ("the 1990s"). */
    boolean decade;
    /** A weekday followed by a part of the day ("Friday night"). */
    boolean dayPart;
    /** Written with "'s" ("Friday's attack"). */
    boolean possessive;
    /** Taken into the item before it (a year after a day range); dropped. */
    boolean consumed;
    /** A day range opened by a cue ("between 26 and 29 November"). */
    boolean opened;
    /** Early (1), mid (2) or late (3) part of the item, or 0. */
    int qualifier;
    /** The weeks a weekday is shifted by ("last Friday" -1, "next Friday" +1, "this Friday" 0), or NO_SHIFT. */
    int shift = NO_SHIFT;
    /** The first day of a day range written before the mention ("26-29 November"), or 0. */
    int fromDay;
    /** The last day of a day range written after the mention ("Nov. 26-29"), or 0. */
    int toDay;
    /** The year written after a day range ("Nov. 26-29, 2024"), or null. */
    Integer rangeYear;
    /** The relation cue before the item ("since", "until"), or null. */
    Relation cue;
    /** Whether the item's clause is told in the future; null until asked. */
    Boolean future;

    TimeItem(int start, int end, DateMention mention) {
        this.start = start;
        this.end = end;
        this.mention = mention;
    }

    /** The kind of the item's phrase, or null for a mention or a range. */
    TimeLexicon.PhraseKind phraseKind() {
        return hit == null ? null : hit.value.kind();
    }

    /** True for the mentions of one kind. */
    boolean is(DateMention.Kind kind) {
        return mention != null && mention.kind() == kind;
    }
}
