package org.sitrep.relevance;

/**
 * One way of telling that a page is not for Sitrep, a sieve of {@link RelevanceGate}: it reads the body's
 * {@link BodyProfile} and says why the page is set aside, or lets it through. Stateless.
 */
interface RelevanceCheck {

    /** Why the page is set aside, or null when this check lets it through. */
    Skip judge(BodyProfile body);

    /** A whole percentage of {@code part} in {@code whole}, for messages. */
    static long percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
