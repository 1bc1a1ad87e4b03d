package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Resolves every time expression of a text to the days it covers, with ACLED's time precision, against the
 * publication date: the mentions {@link DateExpressions} finds (dates, weekdays, relative days and periods,
 * months of years, years) and the phrases of {@code date-words.tsv} it reads itself (days told relative to
 * the last day named, "two days ago", "over the past three days", "since the start of the month"), with the
 * words around them that change their meaning ("since", "until", "by", "between ... and", "last", "next",
 * "early", "mid-") and the tense of their clause.
 *
 * <p>The text is cut into words once; phrases are looked up word by word in tries built from the data file
 * (no regular expression runs over the text), so one report costs a few microseconds per expression.
 * Immutable and thread-safe; build it once.
 *
 * <p>The work is done by small units applied in the order {@link TimeSieves} writes: the word tables
 * ({@link TimeLexicon}, built once here), the items ({@link TimeItems}) and their extension steps, the range
 * joiner ({@link RangeJoiner}), the cue reader ({@link RelationCues}) and the resolvers ({@link SpanResolver}).
 */
public final class TimeResolver {
    private static final SpanResolver[] RESOLVERS = TimeSieves.RESOLVERS.toArray(new SpanResolver[0]);

    private final DateExpressions expressions;
    private final TimeLexicon lexicon;

    public TimeResolver(DateExpressions expressions) {
        this.expressions = expressions;
        this.lexicon = new TimeLexicon(expressions.words());
    }

    public static TimeResolver loadDefault() {
        return new TimeResolver(DateExpressions.loadDefault());
    }

    /** Resolves the expressions of {@code text}, finding its mentions first. */
    public List<TimeExpression> resolve(String text, LocalDate published) {
        return resolve(text, expressions.find(text), published);
    }

    /**
     * Resolves the expressions of {@code text} in order of position, none overlapping.
     *
     * @param mentions  {@code expressions.find(text)}, computed once by the caller and shared with other stages
     * @param published the day of publication, or null when unknown (then only dates with years are placed)
     */
    public List<TimeExpression> resolve(String text, List<DateMention> mentions, LocalDate published) {
        TimeTokens tk = new TimeTokens(text);
        List<TimeItem> items = TimeItems.find(lexicon, text, tk, mentions);
        TimeItems.extend(TimeSieves.EXTENSIONS, lexicon, text, tk, items);
        items = RangeJoiner.join(lexicon, text, tk, items);
        RelationCues.read(lexicon, tk, items);
        ResolveContext cx = new ResolveContext(lexicon, RESOLVERS, text, tk, published, items);
        List<TimeExpression> out = new ArrayList<>(items.size());
        for (TimeItem it : items) {
            TimeExpression e = RelationCues.express(text, it, cx.span(it, it), published);
            out.add(e);
            if (e.first() != null && e.first().equals(e.last())
                    && (e.relation() == Relation.ON || e.relation() == Relation.FUTURE)) {
                cx.ref = e.first();
                cx.refPrecision = e.precision();
            }
        }
        return Collections.unmodifiableList(out);
    }
}
