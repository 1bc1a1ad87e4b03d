package org.sitrep.relevance;

/**
 * Why the relevance gate sets a page aside.
 *
 * @param reason  the key skips are counted by: {@link #NOT_ENGLISH} or {@link #NOT_ABOUT_CONFLICT}
 * @param message one line saying why, with the figure the check measured
 */
public record Skip(String reason, String message) {
    public static final String NOT_ENGLISH = "not English";
    public static final String NOT_ABOUT_CONFLICT = "not about armed conflict";
}
