package org.sitrep.model;

import java.time.LocalDate;

/**
 * A candidate publication date found before the body is read: a header line, a page's metadata.
 *
 * @param date  the day
 * @param basis how strong the basis is
 * @param how   a few words saying where it was found ({@code "meta article:published_time"})
 */
public record DateClaim(LocalDate date, PublishedBasis basis, String how) implements java.io.Serializable {
}
