package org.sitrep.model;

import java.time.LocalDate;

/**
 * When the report was published.
 *
 * @param date  the day, or null when nothing tells it
 * @param basis where it came from, or null
 * @param how   a few words of explanation ("dateline 'KHARTOUM, March 12'")
 */
public record Publication(LocalDate date, PublishedBasis basis, String how) {

    public static final Publication UNKNOWN = new Publication(null, null, "no date found");
}
