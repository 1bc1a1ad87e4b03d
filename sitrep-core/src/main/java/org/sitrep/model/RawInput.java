package org.sitrep.model;

/**
 * One input exactly as it was read: its id, where it came from, and its bytes after any gzip layer was
 * removed.
 *
 * @param id       stable id within the run (file name without extensions, made unique)
 * @param source   the path or URL as the user gave it
 * @param fileName the file name, used to guess the format when content does not decide it
 * @param bytes    the decompressed content
 */
public record RawInput(String id, String source, String fileName, byte[] bytes) {
}
