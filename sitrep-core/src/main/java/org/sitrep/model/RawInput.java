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
 *                 of what its header lines or its page's meta tags say.
 */
public record RawInput(String id, String source, String fileName, byte[] bytes, PageMetadata given) {

    public RawInput {
        given = given == null ? PageMetadata.NONE : given;
    }

    /** A plain input: its bytes say all there is. */
    public RawInput(String id, String source, String fileName, byte[] bytes) {
        this(id, source, fileName, bytes, PageMetadata.NONE);
    }
}
