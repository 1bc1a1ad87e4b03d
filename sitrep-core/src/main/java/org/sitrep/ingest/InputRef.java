package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * One input to read: a file, or standard input when {@code path} is null.
 *
 * @param path   the file, or null for standard input
 * @param source the path as the user gave it (or {@code "-"})
 */
public record InputRef(Path path, String source) {

    public static InputRef stdin() {
        return new InputRef(null, "-");
    }

    public boolean isStdin() {
        return path == null;
    }

    /** The file name, or {@code "stdin"}. */
    public String fileName() {
        return path == null ? "stdin" : String.valueOf(path.getFileName());
    }
}
