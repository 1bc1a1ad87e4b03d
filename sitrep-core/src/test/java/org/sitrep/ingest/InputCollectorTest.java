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
    void aNameThisSystemCannotUseIsAProblemAndTheOthersAreStillCollected() throws Exception {
        // a NUL byte stands for any name Java cannot turn into bytes (an accent under the C locale)
        Path good = Files.writeString(dir.resolve("good.txt"), "x");
        InputCollector.Collected collected = new InputCollector().collect(List.of("bad\0name.txt", good.toString()));
        assertThat(collected.inputs()).extracting(InputRef::fileName).containsExactly("good.txt");
        assertThat(collected.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.source()).isEqualTo("bad\0name.txt");
            assertThat(n.message()).startsWith("a name this system cannot use (");
        });
    }

    @Test
    void aNamedLinkToItselfIsALoopNotABrokenLink() throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        InputCollector.Collected collected = new InputCollector().collect(List.of(loop.toString()));
        assertThat(collected.inputs()).isEmpty();
        assertThat(collected.notices()).singleElement()
                .satisfies(n -> assertThat(n.message()).isEqualTo("symbolic link loop, not followed"));
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
