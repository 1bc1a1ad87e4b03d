package org.sitrep.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes the bench's temporary folders. */
final class TempFolders {
    private TempFolders() {
    }

    /** Deletes {@code folder} and everything in it, as far as it can (a file in use is left). */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | java.io.UncheckedIOException error) {
            return;
        }
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // left behind in the temporary folder
            }
        }
    }
}
