package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the job writes with {@code --json} for some inputs, run on the tests' local session. */
final class JobPicture {

    private JobPicture() {
    }

    static String json(List<String> inputs, Path dir) throws IOException {
        JobResult result = new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20)).run(inputs);
        Path json = Files.createTempFile(dir, "picture", ".json");
        new JobOutputs(result).json(json);
        result.release();
        return Files.readString(json);
    }
}
