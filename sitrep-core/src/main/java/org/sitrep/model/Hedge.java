package org.sitrep.model;

import java.util.Locale;

/** How a report holds a fact ({@code sitrep/1} Evidence {@code hedge}). */
public enum Hedge {
    /** Stated as fact by the report itself. */
    ASSERTED,
    /** Claimed by a party to the fighting, about its own actions or its enemy's losses. */
    CLAIMED,
    /** Attributed to a source ("according to", "said", "state media reported"). */
    REPORTED,
    /** Explicitly marked unverified ("cannot independently verify", "reportedly", "allegedly"). */
    UNVERIFIED,
    /** Denied ("denied", "refuted", "false information"). */
    DENIED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this hedge weakens a fact more than {@code other} does (denied > unverified > claimed > reported > asserted). */
    public boolean weakerThan(Hedge other) {
        return strength() < other.strength();
    }

    private int strength() {
        return switch (this) {
            case ASSERTED -> 4;
            case REPORTED -> 3;
            case CLAIMED -> 2;
            case UNVERIFIED -> 1;
            case DENIED -> 0;
        };
    }
}
