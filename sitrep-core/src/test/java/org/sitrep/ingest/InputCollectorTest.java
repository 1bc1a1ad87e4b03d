package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputCollectorTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersRecursivelyInAStableOrderAndSaysWhatItSkips() throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.writeString(dir.resolve("b/deeper/z.html.gz"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("c.md"), "x");
        Files.writeString(dir.resolve("photo.png"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        InputCollector.Collected collected = new InputCollector().collect(List.of(dir.toString()));
        assertThat(collected.inputs()).extracting(InputRef::fileName).containsExactly("a.txt", "z.html.gz", "c.md");
        assertThat(collected.notices()).extracting(Notice::toString)
                .anySatisfy(n -> assertThat(n).contains("photo.png").contains(".png is not a report format"))
                .anySatisfy(n -> assertThat(n).contains("README.md").contains("documentation"));
        assertThat(collected.notices()).noneMatch(Notice::failure);
    }

    @Test
    void symlinkLoopsAreReportedNotFollowedForever() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("r.txt"), "x");
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        InputCollector.Collected collected = new InputCollector().collect(List.of(dir.toString()));
        assertThat(collected.inputs()).extracting(InputRef::fileName).containsExactly("r.txt");
        assertThat(collected.notices()).anySatisfy(n -> assertThat(n.message()).contains("loop"));
    }

    @Test
    void missingInputIsAFailureAndStdinIsAccepted() {
        InputCollector.Collected collected = new InputCollector().collect(List.of("-", dir.resolve("nope.txt").toString()));
        assertThat(collected.inputs()).containsExactly(InputRef.stdin());
        assertThat(collected.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.message()).isEqualTo("no such file or folder");
        });
    }

    @Test
    void explicitFilesAreReadWhateverTheirName() throws Exception {
        Path odd = Files.writeString(dir.resolve("capture.dat"), "x");
        assertThat(new InputCollector().collect(List.of(odd.toString())).inputs()).hasSize(1);
    }

    @Test
    void idsDropReportAndCompressionExtensionsOnly() {
        assertThat(InputNames.idOf("page.html.gz")).isEqualTo("page");
        assertThat(InputNames.idOf("001_13fc.txt")).isEqualTo("001_13fc");
        assertThat(InputNames.idOf("report.v2.htm")).isEqualTo("report.v2");
        assertThat(InputNames.idOf("notes")).isEqualTo("notes");
    }
}
