package org.sitrep.cli;

import org.sitrep.ingest.Notice;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints what collecting the inputs noticed: each failure on its own line; the files a folder walk skipped summed
 * up in one line (named one by one with {@code --verbose}), so a first run is not buried under them.
 */
final class Notices {
    private Notices() {
    }

    /** Prints the notices; returns true when one of them is a failure. */
    static boolean print(List<Notice> notices, boolean quiet, boolean verbose, PrintStream err) {
        boolean failed = false;
        Map<String, Integer> skippedByKind = new TreeMap<>();
        int skipped = 0;
        for (Notice n : notices) {
            if (n.failure()) {
                failed = true;
                err.println("sitrep: " + n);
            } else if (verbose && !quiet) {
                err.println("sitrep: " + n);
            } else {
                skipped++;
                skippedByKind.merge(kind(n.source()), 1, Integer::sum);
            }
        }
        if (skipped > 0 && !quiet) {
            StringBuilder kinds = new StringBuilder();
            skippedByKind.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            err.printf("sitrep: skipped %d file%s that %s not reports (%s); --verbose names them%n", skipped,
                    skipped == 1 ? "" : "s", skipped == 1 ? "is" : "are", kinds);
        }
        return failed;
    }

    private static String kind(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
