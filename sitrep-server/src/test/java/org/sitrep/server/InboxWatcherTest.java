package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.Analyst;
import org.sitrep.store.ChangeFeed;
import org.sitrep.store.Intake;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InboxWatcherTest {

    private static Path drop(Path inbox, String name, byte[] bytes, boolean settled) throws Exception {
        Path file = inbox.resolve(name);
        Files.write(file, bytes);
        if (settled) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
        }
        return file;
    }

    @Test
    void settledFilesAreStoredAndMovedAsideRefusedOnesSaySoAndFreshOnesWait(@TempDir Path data, @TempDir Path inbox)
            throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Store store = Store.open(data);
             Analyst analyst = new Analyst(store, StandardPipeline.create(), new ChangeFeed(), 1)) {
            InboxWatcher watcher = new InboxWatcher(inbox, new Intake(store, new InputReader()), analyst,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            drop(inbox, "sake.txt", ServerApiTest.SAKE.getBytes(StandardCharsets.UTF_8), true);
            drop(inbox, "articles.jsonl", ("""
                    {"url": "https://news.example.org/2031/02/11/clashes", "title": "Clashes", "maintext": "Heavy fighting broke out between the army and rebels in Kidal on Monday, killing seven fighters, a military source said."}
                    {"url": "https://news.example.org/2031/02/12/strike", "title": "Strike", "maintext": "An air strike hit a market in Gao on Tuesday, killing four civilians, witnesses said."}
                    """).getBytes(StandardCharsets.UTF_8), true);
            drop(inbox, "scan.pdf", "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), true);
            drop(inbox, "notes.json", "{\"gold\": true}".getBytes(StandardCharsets.UTF_8), true);
            drop(inbox, "copying.txt", ServerApiTest.KHARKIV.getBytes(StandardCharsets.UTF_8), false);
            Path huge = drop(inbox, "huge.txt", new byte[0], false);
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
                sparse.setLength(InputReader.DEFAULT_MAX_BYTES + 1); // a hole: nothing is written to disk
            }
            Files.setLastModifiedTime(huge, FileTime.from(Instant.now().minusSeconds(5)));

            watcher.scan();

            assertThat(inbox.resolve(".done/sake.txt")).exists();
            assertThat(inbox.resolve(".done/articles.jsonl")).exists();
            assertThat(inbox.resolve(".refused/scan.pdf")).exists();
            assertThat(inbox.resolve(".refused/notes.json")).exists();
            assertThat(inbox.resolve("copying.txt")).exists(); // still being written: left for a later look
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("scan.pdf").contains("not a report format")
                    .contains("notes.json").contains("huge.txt: too large (129 MB, limit 128 MB)");
            assertThat(inbox.resolve(".refused/huge.txt")).exists();
            assertThat(analyst.drain(n -> { })).isEqualTo(3);
            assertThat(new PictureQuery(store).stats().get("documents")).isEqualTo(3L);
            assertThat(new PictureQuery(store).describe(java.util.List.of("clashes")).get(0).get("source"))
                    .isEqualTo("https://news.example.org/2031/02/11/clashes");
        }
    }
}
