package org.sitrep.time;

/**
 * One way of giving an expression its days. The resolvers are tried in the order {@link TimeSieves#RESOLVERS}
 * writes; each reads one shape of expression and passes (returns null) on any other, so that the next may.
 */
interface SpanResolver {

    /** The resolver's name, "resolve:way". */
    String name();

    /**
     * The days of {@code it}, or null when this resolver does not read it.
     *
     * @param clause the item whose clause decides the tense: {@code it} itself, or the range it ends
     */
    DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause);
}
