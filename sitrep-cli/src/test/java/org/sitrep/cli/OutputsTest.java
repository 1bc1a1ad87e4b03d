package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outputs of {@code analyze}: checked before the analysis, {@code -} for standard output in every format, each
 * written whole or not at all, and one that fails does not stop the others.
 */
class OutputsTest extends CapturedOutput {
    @TempDir
    Path dir;
    Path report;

    @BeforeEach
    void oneReport() throws IOException {
        report = dir.resolve("r.txt");
        Files.writeString(report, " date 2025-03-04\nDrones struck a fuel depot near Odesa on Tuesday, killing two "
                + "workers, the governor said.\n");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDashIsStandardOutputForEveryFormat() throws Exception {
        assertThat(Main.execute("analyze", report.toString(), "--md", "-")).isZero();
        assertThat(stdout()).contains("# Situation report").contains("| r |");
        out.reset();
        assertThat(Main.execute("analyze", report.toString(), "--csv", "-")).isZero();
        assertThat(stdout()).startsWith("event_id_cnty,").contains("Odesa");
        out.reset();
        assertThat(Main.execute("analyze", report.toString(), "--geojson", "-", "--format", "json")).isZero();
        JsonNode geo = new ObjectMapper().readTree(stdout());
        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        out.reset();
        assertThat(Main.execute("analyze", report.toString(), "--json", "-", "-q")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).path("schema").asText()).isEqualTo("sitrep/1");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void onlyOneOutputMayBeStandardOutput() {
        assertThat(Main.execute("analyze", report.toString(), "--md", "-", "--csv", "-")).isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .isEqualTo("sitrep: error: only one output can go to standard output (-): --csv and --md both ask for it"));
        assertThat(stdout()).isEmpty();
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws Exception {
        String before = Files.readString(report);
        Path json = dir.resolve("p.json");
        assertThat(Main.execute("analyze", report.toString(), "--json", json.toString(), "--md", report.toString()))
                .isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .isEqualTo("sitrep: error: --md " + report + ": is one of the inputs; not overwritten"));
        assertThat(Files.readString(report)).isEqualTo(before);
        assertThat(json).doesNotExist();

        err.reset();
        Path inFolder = dir.resolve("./r.txt");
        assertThat(Main.execute("analyze", dir.toString(), "--csv", inFolder.toString(), "-q")).isEqualTo(2);
        assertThat(stderr()).contains("--csv " + inFolder + ": is one of the inputs");
    }

    @Test
    void aFolderOrAPathThroughAFileIsRefusedBeforeTheAnalysis() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThat(Main.execute("analyze", report.toString(), "--geojson", folder.toString(), "-q")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("sitrep: error: --geojson " + folder + ": is a folder, not a file"
                + System.lineSeparator());
        err.reset();
        Path throughFile = report.resolve("sub/p.json");
        assertThat(Main.execute("analyze", report.toString(), "--json", throughFile.toString(), "-q")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("sitrep: error: --json " + throughFile + ": " + report + " is not a folder"
                + System.lineSeparator());
        err.reset();
        Path twice = dir.resolve("twice.out");
        assertThat(Main.execute("analyze", report.toString(), "--json", twice.toString(), "--csv", twice.toString(),
                "-q")).isEqualTo(2);
        assertThat(stderr()).contains("--csv " + twice + ": --json writes the same file");
    }

    @Test
    void anOutputThatFailsWhileWritingDoesNotStopTheOthers() throws Exception {
        Path full = Path.of("/dev/full"); // every write to it fails: no space left on device
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));
        Path json = dir.resolve("p.json");
        Path md = dir.resolve("r.md");
        int status = Main.execute("analyze", report.toString(), "--json", json.toString(), "--csv", full.toString(),
                "--md", md.toString(), "-q");
        assertThat(status).isEqualTo(1);
        assertThat(stderr().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("sitrep: error: cannot write --csv /dev/full: "));
        assertThat(new ObjectMapper().readTree(json.toFile()).path("documents")).hasSize(1);
        assertThat(Files.readString(md)).contains("# Situation report");
    }

    @Test
    void aFileIsWrittenWholeOrNotAtAllAndNoTemporaryFileStays() throws Exception {
        Path file = dir.resolve("out/picture.json");
        AtomicFile.write(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk gone");
        })).hasMessage("disk gone");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void inputsThatCannotBeCollectedAreProblemsInTheJsonAndTheReport() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        Path json = dir.resolve("p.json");
        Path md = dir.resolve("r.md");
        int status = Main.execute("analyze", report.toString(), missing.toString(), loop.toString(),
                "--json", json.toString(), "--md", md.toString(), "-q");
        assertThat(status).isEqualTo(1);
        JsonNode problems = new ObjectMapper().readTree(json.toFile()).path("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).path("source").asText()).isEqualTo(missing.toString());
        assertThat(problems.get(0).path("message").asText()).isEqualTo("no such file or folder");
        assertThat(problems.get(1).path("source").asText()).isEqualTo(loop.toString());
        assertThat(problems.get(1).path("message").asText()).contains("symbolic link loop");
        assertThat(Files.readString(md)).contains("## Inputs that could not be read").contains("missing.txt")
                .contains("loop");
        assertThat(stderr().lines().filter(l -> l.contains("missing.txt"))).hasSize(1); // named once
    }
}
