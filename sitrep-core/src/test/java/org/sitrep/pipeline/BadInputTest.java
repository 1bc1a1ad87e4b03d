package org.sitrep.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input gets one clear line naming it, and the rest of the batch is still analysed.
 */
class BadInputTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    private Analysis analyze(Path folder) {
        InputCollector.Collected collected = new InputCollector().collect(List.of(folder.toString()));
        Analysis analysis = new BatchAnalyzer(pipeline, new InputReader(), 2, false).analyze(collected.inputs(), n -> { });
        List<Notice> all = new java.util.ArrayList<>(collected.notices());
        all.addAll(analysis.notices());
        return new Analysis(analysis.reports(), all);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private void good(String name) throws IOException {
        Files.writeString(dir.resolve(name), "Militants attacked a checkpoint near Djibo on Monday, the army said.\n");
    }

    private static String noticeFor(Analysis analysis, String name) {
        return analysis.notices().stream().filter(n -> n.source().endsWith(name)).map(Notice::message)
                .findFirst().orElse(null);
    }

    @Test
    void aBatchOfBadInputsLosesNothingGood() throws Exception {
        good("first.txt");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("scan.txt"), "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("logo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        Files.write(dir.resolve("tool.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0});
        byte[] gz = gzip("Shelling in Bakhmut, officials said. ".repeat(400).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length - 40));
        Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
        Files.write(dir.resolve("broken-utf8.txt"), new byte[] {'K', 'y', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 'v'});
        Files.writeString(dir.resolve("deep.html"), "<div>".repeat(10_000) + "<p>Deep words here.</p>"
                + "</div>".repeat(10_000));
        Files.writeString(dir.resolve("oneline.txt"), "Fighting continued in the town. ".repeat(160_000));
        good("last.txt");

        Analysis analysis = analyze(dir);

        assertThat(analysis.reports()).extracting(Report::id)
                .contains("first", "last", "latin", "broken-utf8", "deep", "oneline");
        assertThat(noticeFor(analysis, "empty.txt")).isEqualTo("empty file");
        assertThat(noticeFor(analysis, "scan.txt")).contains("PDF");
        assertThat(noticeFor(analysis, "logo.html")).contains("PNG");
        assertThat(noticeFor(analysis, "tool.txt")).contains("ELF");
        assertThat(noticeFor(analysis, "cut.txt.gz")).contains("truncated gzip");
        assertThat(analysis.notices()).allSatisfy(n -> assertThat(n.toString()).doesNotContain("\n").doesNotContain("Exception"));
        assertThat(analysis.hasFailures()).isTrue();
        Report oneline = analysis.reports().stream().filter(r -> r.id().equals("oneline")).findFirst().orElseThrow();
        assertThat(oneline.body().text()).hasSizeGreaterThan(4_000_000);
    }

    @Test
    void aFiftyMegabyteTextIsRefusedAsTooLargeAndTheRestIsAnalysed() throws Exception {
        String paragraph = "Residents said drones struck the fuel depot overnight, and the fire burned until dawn.\n\n";
        StringBuilder big = new StringBuilder(52_000_000);
        for (int i = 0; big.length() < 50_000_000; i++) {
            big.append(i).append(' ').append(paragraph);
        }
        Files.writeString(dir.resolve("huge.txt"), big);
        good("ok.txt");
        Analysis analysis = analyze(dir);
        assertThat(noticeFor(analysis, "huge.txt")).isEqualTo("too large (48 MB, limit 16 MB)");
        assertThat(analysis.reports()).extracting(Report::id).containsExactly("ok");
    }

    @Test
    void unreadableFilesAreNamed() throws Exception {
        good("ok.txt");
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "text");
        boolean changed = locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeTrue(changed && !Files.isReadable(locked),
                "running as a user who can read everything (root)");
        Analysis analysis = analyze(dir);
        assertThat(noticeFor(analysis, "locked.txt")).isEqualTo("permission denied");
        assertThat(analysis.reports()).extracting(Report::id).containsExactly("ok");
    }

    @Test
    void duplicateFileNamesGetUniqueIds() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/report.txt"), "One town was shelled on Monday.");
        Files.writeString(dir.resolve("b/report.html"), "<html><body><p>Another town was shelled.</p></body></html>");
        Analysis analysis = analyze(dir);
        assertThat(analysis.reports()).extracting(Report::id).containsExactly("report", "report-2");
    }
}
