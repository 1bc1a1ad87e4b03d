package org.sitrep.model;

/**
 * One input exactly as it was read: its id, where it came from, its bytes after any gzip layer was removed,
 * and what the scraper that handed it over said about it.
 *
 * @param id       stable id within the run (file name without extensions, made unique)
 * @param source   the path or URL as the user gave it (an article's address when its scraper gave one)
 * @param fileName the file name, used to guess the format when content does not decide it
 * @param bytes    the decompressed content
 * @param given    the metadata the input came with, outside its bytes (an article file's title, date, outlet
 *                 and address); {@link PageMetadata#NONE} for a plain file. The report's draft takes it ahead
 *                 of what its header lines or its page's meta tags say (an archived page's own meta tags go
 *                 ahead of it: its {@code WARC-Date} is only when it was captured).
 * @param archived the web archive record it was read from, or null for a report that did not come from one
 */
public record RawInput(String id, String source, String fileName, byte[] bytes, PageMetadata given,
                       ArchiveRecord archived) implements java.io.Serializable {

    public RawInput {
        given = given == null ? PageMetadata.NONE : given;
    }

    /** An input with the metadata it came with, not from an archive. */
    public RawInput(String id, String source, String fileName, byte[] bytes, PageMetadata given) {
        this(id, source, fileName, bytes, given, null);
    }

    /** This input under another id (a batch makes ids unique once it knows them all). */
    public RawInput withId(String newId) {
        return new RawInput(newId, source, fileName, bytes, given, archived);
    }

    /** A plain input: its bytes say all there is. */
    public RawInput(String id, String source, String fileName, byte[] bytes) {
        this(id, source, fileName, bytes, PageMetadata.NONE, null);
    }
}
