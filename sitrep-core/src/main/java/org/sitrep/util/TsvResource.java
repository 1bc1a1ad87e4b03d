package org.sitrep.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's knowledge files: UTF-8, tab-separated, {@code #} comment lines and blank lines
 * skipped. A missing resource or a short row is a packaging error and fails loudly, naming the file and line.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The bytes of a class-path resource. */
    public static byte[] bytes(String resource) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The rows of a resource, each with at least {@code minColumns} columns (stripped of spaces). */
    public static List<String[]> rows(String resource, int minColumns) {
        return rows(resource, bytes(resource), minColumns);
    }

    /** The rows of TSV bytes; {@code name} is used in error messages. */
    public static List<String[]> rows(String name, byte[] tsv, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < minColumns) {
                throw new IllegalStateException(name + " line " + lineNo + ": expected " + minColumns
                        + " tab-separated columns, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            rows.add(f);
        }
        return rows;
    }

    /** The non-comment, non-blank lines of a one-column resource, stripped. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(resource, 1)) {
            out.add(row[0]);
        }
        return out;
    }
}
