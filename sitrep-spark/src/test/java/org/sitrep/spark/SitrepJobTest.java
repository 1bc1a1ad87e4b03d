package org.sitrep.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SitrepJobTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    @Test
    void aFolderOfReportsGivesTheCommandLinesPicture() throws Exception {
        List<String> inputs = List.of(EXAMPLES.toString());
        assertThat(JobPicture.json(inputs, tmp)).isEqualTo(CommandLinePicture.json(inputs));
    }

    @Test
    void thePipelineIsLoadedOncePerExecutorJvmWhateverTheTasksAndRecords() throws Exception {
        // local[2]: this JVM is the one executor; two jobs of many tasks and records load it once between them
        new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20)).run(List.of(EXAMPLES.toString())).release();
        new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20)).run(List.of(EXAMPLES.toString())).release();
        assertThat(ExecutorResources.loads()).isEqualTo(1);
    }

    @Test
    void repeatedIdsAreNumberedAsTheCommandLineNumbersThem() throws Exception {
        // the same reports under the same names in a second folder: their ids become name-2, their events name-2#e1;
        // a report whose own name is one of those numbered ids (read first: '-' sorts before '.') keeps it, and the
        // copy of its namesake becomes name-3
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        for (String name : List.of("somalia-mahaday-base-overrun.txt", "sudan-el-fasher-rsf-denial.html",
                "ukraine-zaporizhzhia-missile-strike.html.gz")) {
            Files.copy(EXAMPLES.resolve(name), copies.resolve(name));
        }
        Files.writeString(copies.resolve("somalia-mahaday-base-overrun-2.txt"), "date 2025-10-14\n\nNothing happened.");
        List<String> inputs = List.of(EXAMPLES.toString(), copies.toString());
        String picture = JobPicture.json(inputs, tmp);
        assertThat(picture).contains("\"somalia-mahaday-base-overrun-3\"", "somalia-mahaday-base-overrun-3#e1",
                "\"sudan-el-fasher-rsf-denial-2\"", "sudan-el-fasher-rsf-denial-2#e1");
        assertThat(picture).isEqualTo(CommandLinePicture.json(inputs));
    }
}
