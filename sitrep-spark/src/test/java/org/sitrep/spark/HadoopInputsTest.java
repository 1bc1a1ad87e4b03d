package org.sitrep.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.ingest.Notice;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs named by a Hadoop file system URI (here {@code file://}, as {@code hdfs://} or {@code s3a://} would be on a
 * cluster) are listed and read through Hadoop's file systems, and give what the same files give as local paths.
 */
class HadoopInputsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    @Test
    void aFolderNamedByUriGivesThePictureOfTheSameFolderNamedByPath() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("news"));
        Path nested = Files.createDirectories(folder.resolve("wire"));
        Files.copy(EXAMPLES.resolve("somalia-mahaday-base-overrun.txt"), folder.resolve("somalia-mahaday-base-overrun.txt"));
        Files.copy(EXAMPLES.resolve("somalia-mahaday-recapture-claim.txt"), nested.resolve("recapture.txt"));
        Files.copy(EXAMPLES.resolve("ukraine-zaporizhzhia-missile-strike.html.gz"),
                folder.resolve("ukraine-zaporizhzhia-missile-strike.html.gz"));
        Files.writeString(folder.resolve("README.md"), "Notes on this folder.");
        Files.writeString(folder.resolve("notes.csv"), "a,b");
        Files.writeString(folder.resolve("empty.txt"), "");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(folder.resolve("crawl.warc.gz"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new WarcResource.Builder(URI.create("https://wire.example.org/mahaday-residents"))
                    .date(Instant.parse("2025-10-15T07:00:00Z")).body(MediaType.parse("text/plain"),
                            Files.readAllBytes(EXAMPLES.resolve("somalia-mahaday-residents-flee.txt"))).build());
        }

        JobResult result = new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20))
                .run(List.of(folder.toUri().toString()));
        Path json = tmp.resolve("picture.json");
        new JobOutputs(result).json(json);

        String byUri = Files.readString(json).replace("file:" + folder.toAbsolutePath(), "DIR");
        String byPath = CommandLinePicture.json(List.of(folder.toString())).replace(folder.toString(), "DIR");
        assertThat(byUri).isEqualTo(byPath);
        assertThat(result.reports()).isEqualTo(4);
        assertThat(result.walk()).extracting(Notice::source).anyMatch(s -> s.endsWith("notes.csv"));
        assertThat(result.failures()).singleElement().satisfies(n -> {
            assertThat(n.source()).endsWith("empty.txt");
            assertThat(n.message()).isEqualTo("empty file");
        });
    }
}
