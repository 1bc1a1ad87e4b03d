package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputReaderTest {
    @TempDir
    Path dir;

    private final InputReader reader = new InputReader();

    private RawInput read(Path file) throws InputException {
        return reader.read(new InputRef(file, file.toString()), new IdAllocator()).inputs().get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readsGzipByContentWhateverTheName() throws Exception {
        byte[] text = "Shelling hit the market on Tuesday.".getBytes(StandardCharsets.UTF_8);
        RawInput raw = read(write("page.html.gz", gzip(text)));
        assertThat(raw.bytes()).isEqualTo(text);
        assertThat(raw.id()).isEqualTo("page");
        RawInput misnamed = read(write("plain.txt", gzip(text)));
        assertThat(misnamed.bytes()).isEqualTo(text);
    }

    @Test
    void aGzipBombIsRefusedAsItInflatesNotOnceInMemory() throws Exception {
        byte[] bomb = gzip(new byte[40 * 1024 * 1024]); // 40 MB of zeros in about 40 KB
        assertThat(bomb.length).isLessThan(200 * 1024);
        Path file = write("bomb.txt.gz", bomb);
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("inflates more than " + InputReader.MAX_GZIP_RATIO).hasMessageNotContaining("\n");
        // a real report compresses some ten times and inflates as before
        byte[] text = "Shelling hit the market on Tuesday, residents said. ".repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("big.txt.gz", gzip(text))).bytes()).isEqualTo(text);
    }

    @Test
    void aPipeIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("feed.txt");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            return; // not a POSIX system: there are no FIFOs to refuse
        }
        assertThat(mk.waitFor()).isZero();
        assertThatThrownBy(() -> read(fifo)).isInstanceOf(InputException.class).hasMessageContaining("not a regular file");
        InputCollector.Collected walked = new InputCollector().collect(java.util.List.of(dir.toString()));
        assertThat(walked.inputs()).isEmpty();
        assertThat(walked.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.message()).contains("not a regular file");
        });
    }

    @Test
    void refusesTruncatedGzipWithOneLine() throws Exception {
        byte[] whole = gzip("x".repeat(5000).getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated gzip").hasMessageNotContaining("\n");
    }

    @Test
    void refusesCorruptGzip() throws Exception {
        byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> read(write("bad.gz", bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("gzip");
    }

    @Test
    void refusesEmptyFile() throws Exception {
        assertThatThrownBy(() -> read(write("empty.txt", new byte[0])))
                .isInstanceOf(InputException.class).hasMessage("empty file");
    }

    @Test
    void namesBinaryFormats() throws Exception {
        assertThatThrownBy(() -> read(write("a.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))))
                .hasMessageContaining("PDF document");
        assertThatThrownBy(() -> read(write("b.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})))
                .hasMessageContaining("PNG image");
        assertThatThrownBy(() -> read(write("c.txt", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0})))
                .hasMessageContaining("ELF executable");
        assertThatThrownBy(() -> read(write("d.txt", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})))
                .hasMessageContaining("Windows executable");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'a';
        noise[1] = 'b';
        assertThatThrownBy(() -> read(write("e.txt", noise))).hasMessageContaining("binary");
    }

    @Test
    void aPageOfRandomHighBytesIsNotText() throws Exception {
        byte[] high = new byte[64 * 1024];
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        assertThatThrownBy(() -> read(write("high.txt", high))).hasMessage(
                "binary file (unrecognised binary data: almost no byte is ASCII text), not a text or HTML report");
        // text in a legacy code page (Cyrillic, windows-1251) or in UTF-8 keeps being read
        byte[] cyrillic = "\u0411\u043e\u0438 \u0432 \u0433\u043e\u0440\u043e\u0434\u0435, 12 \u043c\u0430\u0440\u0442\u0430. "
                .repeat(100).getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertThat(read(write("ru.txt", cyrillic)).bytes()).isEqualTo(cyrillic);
        byte[] utf8 = "\u6218\u6597\u5728\u57ce\u5e02\u4e2d\u7ee7\u7eed\u3002".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("zh.txt", utf8)).bytes()).isEqualTo(utf8);
    }

    @Test
    void refusesInputsOverTheLimitBeforeReadingThem() throws Exception {
        InputReader small = new InputReader(1024);
        Path file = write("big.txt", "word ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> small.read(new InputRef(file, "big.txt"), new IdAllocator()))
                .hasMessageContaining("too large");
    }

    /** Text of {@code bytes} bytes that compresses as prose does (some four times), not as a bomb. */
    private static byte[] prose(int bytes) {
        String[] words = {"shelling", "village", "residents", "said", "on", "Monday", "the", "army", "killed", "near",
                "convoy", "district", "officials", "fled", "drone", "of", "and", "in", "a", "town"};
        java.util.Random random = new java.util.Random(3);
        StringBuilder text = new StringBuilder(bytes + 16);
        while (text.length() < bytes) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        text.setLength(bytes);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReportPastSixteenMegabytesIsTooLargeSaysHowLargeAndIsNotInflatedFurther() throws Exception {
        Path plain = write("long.txt", prose(17 * 1024 * 1024));
        assertThatThrownBy(() -> read(plain)).hasMessage("too large (17 MB, limit 16 MB)");
        Path packed = write("long.txt.gz", gzip(prose(40 * 1024 * 1024)));
        assertThatThrownBy(() -> read(packed))
                .hasMessage("too large (more than 16 MB once decompressed, limit 16 MB)");
    }

    @Test
    void aScrapedArticlePastTheLimitIsOneBadLineAndTheOthersAreRead() throws Exception {
        String huge = new String(prose(17 * 1024 * 1024), StandardCharsets.UTF_8).replace("\n", " ");
        Path feed = write("feed.jsonl", ("{\"title\": \"Long\", \"text\": \"" + huge + "\"}\n"
                + "{\"title\": \"Short\", \"text\": \"Drones struck a depot near Odesa.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        InputBatch batch = new InputReader().read(new InputRef(feed, "feed.jsonl"), new IdAllocator());
        assertThat(batch.inputs()).extracting(org.sitrep.model.RawInput::id).containsExactly("short");
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo("feed.jsonl:1");
            assertThat(n.message()).isEqualTo("too large (17 MB, limit 16 MB)");
        });
    }

    @Test
    void refusesGzipBombsPastTheLimit() throws Exception {
        InputReader small = new InputReader(64 * 1024);
        Path file = write("bomb.txt.gz", gzip(new byte[1024 * 1024]));
        assertThatThrownBy(() -> small.read(new InputRef(file, "bomb.txt.gz"), new IdAllocator()))
                .hasMessageContaining("too large");
    }

    @Test
    void refusesAFolderAndAMissingFileClearly() throws Exception {
        assertThatThrownBy(() -> read(dir)).hasMessage("is a folder");
        assertThatThrownBy(() -> read(dir.resolve("gone.txt"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void anArchiveFileIsStreamedRecordByRecordPastTheWholeFileLimit() throws Exception {
        String text = "Rockets struck a fuel depot overnight, the regional governor said. ".repeat(8);
        Path archive = dir.resolve("crawl.warc");
        Files.write(archive, TestArchives.warc(TestArchives.conversion("https://news.example/depot", text),
                TestArchives.conversion("https://news.example/depot-2", text)));
        InputReader small = new InputReader(1000); // files up to 1000 bytes, pages too
        InputRef ref = new InputRef(archive, "crawl.warc");
        assertThat(Files.size(archive)).isGreaterThan(1000);
        assertThat(small.isArchive(ref)).isTrue();
        assertThatThrownBy(() -> small.load(ref)).hasMessageContaining("too large");

        InputBatch batch = small.read(ref, new IdAllocator());
        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("depot", "depot-2");
        assertThat(batch.notices()).isEmpty();
    }

    @Test
    void anArchiveWhoseNameSaysNothingIsFoundByItsContent() throws Exception {
        Path dump = dir.resolve("dump");
        Files.write(dump, TestArchives.warc(TestArchives.conversion("https://news.example/x", "A bridge was hit.")));
        Path text = dir.resolve("notes");
        Files.writeString(text, "WARC is a file format.");
        assertThat(reader.isArchive(new InputRef(dump, "dump"))).isTrue();
        assertThat(reader.isArchive(new InputRef(text, "notes"))).isFalse();
        assertThatThrownBy(() -> reader.readArchive(new InputRef(dir.resolve("gone.warc"), "gone.warc"),
                new IdAllocator())).isInstanceOf(InputException.class).hasMessage("no such file");
    }
}
