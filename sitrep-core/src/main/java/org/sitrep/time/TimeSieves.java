package org.sitrep.time;

import java.util.List;

/**
 * The order of the time resolver's steps, written in one place. A text's expressions are found
 * ({@link TimeItems#find}), widened by the {@link #EXTENSIONS} in this order, joined into ranges
 * ({@link RangeJoiner}), given their "since"/"until" cues ({@link RelationCues}), then resolved to days by the
 * first of the {@link #RESOLVERS} that reads them.
 */
final class TimeSieves {
    private TimeSieves() {
    }

    /** The words taken in around each expression, all applied in this order to every item. */
    static final List<ItemExtension> EXTENSIONS = List.of(
            new ItemExtensions.MonthDot(),
            new ItemExtensions.Possessive(),
            new ItemExtensions.SpanLead(),
            new ItemExtensions.Decade(),
            new ItemExtensions.Qualifier(),
            new ItemExtensions.WeekdayWords(),
            new DayRange());

    /**
     * The ways of giving an expression its days; the first that reads the item decides. A range goes first (it
     * resolves its two ends with the others); each of the others reads one shape of expression.
     */
    static final List<SpanResolver> RESOLVERS = List.of(
            new RangeResolver(),
            new DayResolvers.DayOfMonth(),
            new DayResolvers.Weekday(),
            new DayResolvers.RelativeDay(),
            new DayResolvers.MonthOfYear(),
            new DayResolvers.Year(),
            new PeriodResolver(),
            new PhraseResolvers.CountedDay(),
            new PhraseResolvers.SpanBack());
}
