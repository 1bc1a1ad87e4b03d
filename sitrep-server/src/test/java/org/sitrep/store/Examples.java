package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own example reports, for tests that need real-sized input. */
public final class Examples {
    private Examples() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("sitrep.root", "..")).resolve("examples");
    }

    /** The example reports (not their gold or outputs), sorted by name. */
    public static List<Path> reports() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(txt|html|html\\.gz)"))
                    .sorted().toList();
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }

    public static Intake.Offer offer(Path file) {
        try {
            return new Intake.Offer(Files.readAllBytes(file), "examples/" + file.getFileName(), file.getFileName().toString());
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }
}
