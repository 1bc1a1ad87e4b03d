package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep bench --server} on a few reports: every measure is named and every report analysed (never timed). */
class ServerBenchTest extends CapturedOutput {
    @TempDir
    Path dir;

    @Test
    void postsEveryReportWaitsTillAllAreAnalysedAndNamesTheThreeMeasures() throws Exception {
        Files.writeString(dir.resolve("kharkiv.txt"), " date 2025-03-05\nA Russian drone strike on Kharkiv on Tuesday "
                + "killed four civilians and wounded 12 people, regional officials said.\n");
        Files.writeString(dir.resolve("sake.html"), "<html><head><title>Rebels seize Sake</title>"
                + "<meta property=\"article:published_time\" content=\"2025-06-09T10:00:00Z\"></head><body><article>"
                + "<p>M23 rebels captured the town of Sake on Sunday after heavy fighting with the Congolese army, "
                + "residents said. At least 5 soldiers were killed, a local official said.</p></article></body></html>");
        Set<Path> before = benchFolders();
        int status = Main.execute("bench", "--server", dir.toString(), "--reports", "60", "--no-browser",
                "--requests", "10");
        String out = this.out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("server bench: 60 reports made from 2 inputs")
                .contains("ingest: posted 60 in ")
                .contains("60 of 60 analysed, 0 could not be")
                .contains("GET /api/situation?from=")
                .contains("GET /api/events")
                .contains("page: skipped (--no-browser)");
        assertThat(out).containsPattern("(?m)^measure +\\| result +\\| goal$")
                .containsPattern("(?m)^ingest, analysed \\+ fused \\(sustained\\) +\\| \\d+ reports/s \\(60 in ")
                .containsPattern("(?m)^GET /api/situation, 1 week, (UA|CD) \\(\\d+ ev\\.\\) +\\| p50 ")
                .containsPattern("(?m)^GET /api/events, every event +\\| p50 ")
                .containsPattern("(?m)^page shows all events \\(Chromium\\) +\\| skipped \\(--no-browser\\)");
        assertThat(benchFolders()).as("the temporary store is deleted").isSubsetOf(before);
    }

    private static Set<Path> benchFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("sitrep-bench-"))
                    .collect(Collectors.toSet());
        }
    }
}
