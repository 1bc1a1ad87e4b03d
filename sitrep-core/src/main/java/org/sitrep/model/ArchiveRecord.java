package org.sitrep.model;

import java.time.Instant;

/**
 * Where a report read from a web archive (WARC or WET file) came from: the archive, the record and when the page was
 * captured. A report with one passes the relevance gate before it is read further (an archive holds every page a
 * crawler fetched, most of them not about armed conflict), and its page's own metadata dates it ahead of the capture.
 *
 * @param archive  the archive file, as the user named it
 * @param recordId the record's {@code WARC-Record-ID}, or null when it has none
 * @param captured the record's {@code WARC-Date}, or null when it has none
 * @param charset  the character set the page was served under (the {@code charset} of its HTTP
 *                 {@code Content-Type}), or null when none was named: the decoder honours it ahead of the page's own
 *                 {@code <meta charset>}, as browsers do
 */
public record ArchiveRecord(String archive, String recordId, Instant captured, String charset)
        implements java.io.Serializable {

    /** A record whose page was served without a character set. */
    public ArchiveRecord(String archive, String recordId, Instant captured) {
        this(archive, recordId, captured, null);
    }
}
