package org.sitrep.model;

import java.util.Locale;

/** How a number is qualified in the text ({@code sitrep/1} Figure {@code qualifier}). */
public enum Qualifier {
    /** As written, with no qualifier ("13 civilians"). */
    EXACT,
    /** "at least 13", "no fewer than 13", "a minimum of 13". */
    AT_LEAST,
    /** "more than 300,000", "over 200", "upwards of 50". */
    MORE_THAN,
    /** "about 70", "nearly 6 million", "some 40", "roughly", "an estimated". */
    ABOUT,
    /** "up to 20", "as many as 20", "at most 20". */
    UP_TO;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
