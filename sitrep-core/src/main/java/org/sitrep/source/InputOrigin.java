package org.sitrep.source;

import org.sitrep.model.RawInput;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the way a report came in says about its day: whether its metadata came with a scraped article (its day then
 * counts only where the text states none), and the day a web archive captured its page (the day of last resort: a
 * page may have been published long before it was captured).
 *
 * @param scraped  true when the input's given metadata came from a scraper (news-please, trafilatura)
 * @param captured the UTC day of the archive record's {@code WARC-Date}, or null for an input not from an archive
 */
public record InputOrigin(boolean scraped, LocalDate captured) {
    /** A report that came with nothing but its own bytes. */
    public static final InputOrigin PLAIN = new InputOrigin(false, null);

    public static InputOrigin of(RawInput raw) {
        if (raw.archived() != null) {
            var at = raw.archived().captured();
            return new InputOrigin(false, at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
        return raw.given().isEmpty() ? PLAIN : new InputOrigin(true, null);
    }
}
