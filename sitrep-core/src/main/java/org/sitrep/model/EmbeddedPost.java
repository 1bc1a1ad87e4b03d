package org.sitrep.model;

import java.time.LocalDate;

/**
 * A social-media post embedded in a report: a source quoted by the outlet, not the outlet's own words.
 * Offsets point into the cleaned {@code text}.
 *
 * @param start  first character of the post in the cleaned text
 * @param end    end (exclusive) of the post, its signature line included
 * @param author display name
 * @param handle the {@code @handle}
 * @param date   the date on the signature line, or null
 * @param url    the media link ({@code pic.twitter.com/...}), or null
 */
public record EmbeddedPost(int start, int end, String author, String handle, LocalDate date, String url) {
}
