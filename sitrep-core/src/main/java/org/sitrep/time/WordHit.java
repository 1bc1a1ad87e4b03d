package org.sitrep.time;

/** A phrase found over words {@code from..to} (inclusive), with its count and unit when it has them. */
final class WordHit<V> {
    int from;
    int to = -1;
    V value;
    int count = -1;
    boolean vague;
    int hours;
}
