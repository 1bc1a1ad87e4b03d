package org.sitrep.model;

import java.util.Locale;

/** How well an event is established ({@code sitrep/1} Event {@code status}). */
public enum EventStatus {
    /** An independent, non-party source asserts it. */
    CONFIRMED,
    /** Attributed to a source that is not a party to it. */
    REPORTED,
    /** Only a party to the fighting says so. */
    CLAIMED,
    /** The reports say it is unverified. */
    UNVERIFIED,
    /** Sources contradict each other on whether or how it happened. */
    DISPUTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
