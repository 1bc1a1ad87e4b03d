package org.sitrep.util;

import java.util.Collection;

/**
 * A literal gate on words: one bit of 4,096 per word's string hash. A word whose bit is clear is none of the
 * words, which answers most words of a text without a map probe or a lower-case copy (a few hundred words leave
 * most bits clear). A set bit only says "perhaps": the caller then asks the exact question. Immutable.
 */
public final class HashGate {
    private static final int WORDS = 64;
    private final long[] bits = new long[WORDS];

    private HashGate(Collection<String> words) {
        for (String w : words) {
            int b = bit(w.hashCode());
            bits[b >>> 6] |= 1L << b;
        }
    }

    public static HashGate of(Collection<String> words) {
        return new HashGate(words);
    }

    /** False when no word of the gate has this {@link String#hashCode()}; true when one may have. */
    public boolean mayHave(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    private static int bit(int hash) {
        return (hash ^ hash >>> 12) & (WORDS * 64 - 1);
    }
}
