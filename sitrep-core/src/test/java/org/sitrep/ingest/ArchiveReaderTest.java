package org.sitrep.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ingest.TestArchives.concat;
import static org.sitrep.ingest.TestArchives.conversion;
import static org.sitrep.ingest.TestArchives.gzip;
import static org.sitrep.ingest.TestArchives.http;
import static org.sitrep.ingest.TestArchives.request;
import static org.sitrep.ingest.TestArchives.resource;
import static org.sitrep.ingest.TestArchives.response;
import static org.sitrep.ingest.TestArchives.warc;

class ArchiveReaderTest {
    private static final String PAGE = "<html><head><title>Shelling near Varnok</title></head><body><p>Artillery "
            + "shelled the outskirts of Varnok on Tuesday, officials said.</p></body></html>";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private static InputBatch read(byte[] archive) throws InputException {
        return read(new ArchiveReader(), archive);
    }

    private static InputBatch read(ArchiveReader reader, byte[] archive) throws InputException {
        return reader.readAll(new ByteArrayInputStream(archive), "crawl.warc.gz", new IdAllocator());
    }

    private static String text(RawInput page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aResponsePageIsOneReportFromItsAddressDatedByItsCapture() throws Exception {
        InputBatch batch = read(warc(request("https://news.example/world/shelling-near-varnok.html"),
                response("https://news.example/world/shelling-near-varnok.html", "text/html", PAGE)));

        assertThat(batch.notices()).isEmpty();
        assertThat(batch.inputs()).hasSize(1);
        RawInput page = batch.inputs().get(0);
        assertThat(page.id()).isEqualTo("shelling-near-varnok");
        assertThat(page.source()).isEqualTo("https://news.example/world/shelling-near-varnok.html");
        assertThat(page.fileName()).isEqualTo("shelling-near-varnok.html");
        assertThat(text(page)).isEqualTo(PAGE); // the HTTP header is not in it
        assertThat(page.given().dates()).isEmpty(); // the capture is the day of last resort, not a claim of the page
        assertThat(page.given().canonicalUrl()).isEqualTo(page.source());
        assertThat(page.archived().archive()).isEqualTo("crawl.warc.gz");
        assertThat(page.archived().recordId()).startsWith("urn:uuid:");
        assertThat(page.archived().captured()).isEqualTo(TestArchives.CAPTURED);
    }

    @Test
    void aWetConversionRecordIsAText() throws Exception {
        InputBatch batch = read(warc(conversion("https://news.example/2031/05/ceasefire-talks",
                "Ceasefire talks\nNegotiators met again on Monday.")));

        assertThat(batch.inputs()).singleElement().satisfies(page -> {
            assertThat(page.fileName()).isEqualTo("ceasefire-talks.txt");
            assertThat(text(page)).isEqualTo("Ceasefire talks\nNegotiators met again on Monday.");
            assertThat(page.source()).isEqualTo("https://news.example/2031/05/ceasefire-talks");
        });
    }

    @Test
    void aResourceRecordIsReadByItsOwnType() throws Exception {
        InputBatch batch = read(warc(resource("https://news.example/brief.txt", "text/plain",
                "Two villages were evacuated.".getBytes(StandardCharsets.UTF_8)),
                resource("https://news.example/logo.png", "image/png", PNG)));

        assertThat(batch.inputs()).singleElement().satisfies(p -> assertThat(p.fileName()).isEqualTo("brief.txt"));
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("not HTML or text");
            assertThat(n.message()).contains("image/png");
        });
    }

    @Test
    void aResponseThatIsNotOkIsSkippedWithItsStatus() throws Exception {
        InputBatch batch = read(warc(response("https://news.example/gone", http("HTTP/1.1 404 Not Found",
                "Content-Type: text/html", "<p>No such page</p>".getBytes(StandardCharsets.UTF_8)))));

        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isFalse();
            assertThat(n.reason()).isEqualTo("not a page (HTTP status)");
            assertThat(n.message()).contains("404");
            assertThat(n.source()).isEqualTo("https://news.example/gone");
        });
    }

    @Test
    void anImageIsSkippedByItsType() throws Exception {
        InputBatch batch = read(warc(response("https://news.example/map.png",
                http("HTTP/1.1 200 OK", "Content-Type: image/png", PNG))));

        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.countedAs()).isEqualTo("not HTML or text");
            assertThat(n.message()).contains("image/png");
        });
    }

    @Test
    void aBinaryPayloadIsSkippedWhateverItsTypeSays() throws Exception {
        InputBatch batch = read(warc(response("https://news.example/photo",
                http("HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", PNG))));

        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("binary");
            assertThat(n.message()).contains("PNG image").contains("text/html");
        });
    }

    @Test
    void anEmptyPayloadIsSkippedAndOnePastTheLimitFails() throws Exception {
        InputBatch batch = read(new ArchiveReader(100), warc(
                response("https://news.example/empty", "text/html", ""),
                response("https://news.example/long", "text/plain", "word ".repeat(40))));

        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.notices()).extracting(Notice::reason).containsExactly("empty", "too large");
        assertThat(batch.notices().get(1).failure()).isTrue();
    }

    @Test
    void gzipContentEncodingIsUndone() throws Exception {
        byte[] body = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        InputBatch batch = read(warc(response("https://news.example/a/varnok",
                http("HTTP/1.1 200 OK", "Content-Type: text/html\nContent-Encoding: gzip\nContent-Length: "
                        + body.length, body))));

        assertThat(batch.inputs()).singleElement().satisfies(p -> assertThat(text(p)).isEqualTo(PAGE));
    }

    @Test
    void chunkedTransferIsUndone() throws Exception {
        StringBuilder chunked = new StringBuilder();
        for (String chunk : List.of("<p>Troops withdrew from ", "the river town.", "</p>")) {
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        byte[] body = chunked.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        InputBatch batch = read(warc(response("https://news.example/a/withdrawal",
                http("HTTP/1.1 200 OK", "Content-Type: text/html\nTransfer-Encoding: chunked", body))));

        assertThat(batch.inputs()).singleElement()
                .satisfies(p -> assertThat(text(p)).isEqualTo("<p>Troops withdrew from the river town.</p>"));
    }

    @Test
    void theHttpCharsetGoesWithThePage() throws Exception {
        InputBatch batch = read(warc(response("https://news.example/a/latin", "text/html; charset=\"ISO-8859-1\"",
                PAGE)));

        assertThat(batch.inputs()).singleElement()
                .satisfies(p -> assertThat(p.archived().charset()).isEqualTo("ISO-8859-1"));
    }

    @Test
    void aBrokenRecordFailsAndTheRecordsAroundItAreRead() throws Exception {
        byte[] badEncoding = "not gzip at all".getBytes(StandardCharsets.US_ASCII);
        InputBatch batch = read(warc(
                response("https://news.example/a/first-report", "text/html", PAGE),
                response("https://news.example/a/broken", http("HTTP/1.1 200 OK",
                        "Content-Type: text/html\nContent-Encoding: gzip", badEncoding)),
                response("https://news.example/a/garbled", "no status line here\r\n\r\n<p>x</p>"
                        .getBytes(StandardCharsets.US_ASCII)),
                response("https://news.example/a/second-report", "text/html", PAGE)));

        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("first-report", "second-report");
        assertThat(batch.notices()).hasSize(2).allSatisfy(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.reason()).isEqualTo("bad record");
        });
        assertThat(batch.notices()).extracting(Notice::source)
                .containsExactly("https://news.example/a/broken", "https://news.example/a/garbled");
    }

    @Test
    void aContentEncodingWithoutItsDecoderIsABadRecord() throws Exception {
        InputBatch batch = read(warc(response("https://news.example/a/brotli", http("HTTP/1.1 200 OK",
                "Content-Type: text/html\nContent-Encoding: br", new byte[] {0x1b, 0x03, 0x00})),
                response("https://news.example/a/after", "text/html", PAGE)));

        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("after");
        assertThat(batch.notices()).singleElement().satisfies(n -> assertThat(n.reason()).isEqualTo("bad record"));
    }

    @Test
    void aPerRecordGzipArchiveReadsAsThePlainOne() throws Exception {
        Supplier<WarcRecord[]> records = () -> new WarcRecord[] {
            response("https://news.example/a/one", "text/html", PAGE),
            conversion("https://news.example/a/two", "A convoy was stopped at the border.")};
        byte[] gz = warc(WarcCompression.GZIP, records.get());

        assertThat(gz[0] & 0xff).isEqualTo(0x1f);
        InputBatch plain = read(warc(records.get()));
        InputBatch compressed = read(gz);
        assertThat(compressed.inputs()).extracting(RawInput::id).containsExactly("one", "two");
        assertThat(compressed.inputs()).extracting(TestArchives::bytesOf)
                .containsExactlyElementsOf(plain.inputs().stream().map(TestArchives::bytesOf).toList());
    }

    @Test
    void aTruncatedArchiveKeepsWhatWasReadAndSaysWhereItEnds() throws Exception {
        byte[] whole = warc(response("https://news.example/a/one", "text/html", PAGE),
                response("https://news.example/a/two", "text/html", PAGE));
        byte[] cut = Arrays.copyOf(whole, whole.length - 60);

        InputBatch batch = read(cut);

        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("one");
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.reason()).isEqualTo("truncated");
        });
    }

    @Test
    void aTruncatedGzipArchiveKeepsWhatWasRead() throws Exception {
        byte[] whole = warc(WarcCompression.GZIP, response("https://news.example/a/one", "text/html", PAGE),
                response("https://news.example/a/two", "text/html", PAGE + PAGE));
        InputBatch batch = read(Arrays.copyOf(whole, whole.length - 30));

        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("one");
        assertThat(batch.notices()).singleElement().satisfies(n -> assertThat(n.failure()).isTrue());
    }

    @Test
    void anUnreadableRecordHeaderStopsTheArchiveNamingTheOffset() throws Exception {
        byte[] good = warc(response("https://news.example/a/one", "text/html", PAGE));
        byte[] bad = "WARC/1.0\r\nthis line is no header field\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        InputBatch batch = read(concat(good, bad, good));

        assertThat(batch.inputs()).extracting(RawInput::id).containsExactly("one");
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.source()).isEqualTo("crawl.warc.gz");
            assertThat(n.message()).contains("at byte " + good.length);
        });
    }

    @Test
    void recordsThatAreNeverPagesArePassedOverSilently() throws Exception {
        InputBatch batch = read(warc(request("https://news.example/"), request("https://news.example/b")));

        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.notices()).isEmpty();
    }

    @Test
    void idsAreUniqueAndTheSameOnEveryRead() throws Exception {
        byte[] archive = warc(response("https://news.example/live", "text/html", PAGE),
                response("https://news.example/live", "text/html", PAGE.replace("Tuesday", "Wednesday")),
                TestArchives.resourceWithoutAddress("text/plain", "Aid reached the camp."));

        InputBatch batch = read(archive);
        List<String> first = batch.inputs().stream().map(RawInput::id).toList();
        assertThat(first).containsExactly("live", "live-2", "crawl-3");
        assertThat(batch.inputs().get(2).source()).isEqualTo("crawl.warc.gz record 3");
        assertThat(read(archive).inputs().stream().map(RawInput::id).toList()).isEqualTo(first);
    }

    @Test
    void aStreamThatIsNoArchiveIsRefused() {
        assertThatThrownBy(() -> read("Just a report.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageContaining("not a web archive");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(InputException.class).hasMessage("empty file");
    }

    @Test
    void archivesAreRecognisedByNameAndByContent() {
        assertThat(List.of("a.warc", "A.WARC.GZ", "b.wet", "c.wet.gz", "CC-NEWS-1.warc.wet.gz", "d.warc.gzip"))
                .allMatch(ArchiveReader::isArchiveName);
        assertThat(List.of("a.html", "warc", "a.warc.txt", "a.gz", "a.json")).noneMatch(ArchiveReader::isArchiveName);

        byte[] plain = warc(response("https://news.example/x", "text/html", PAGE));
        assertThat(ArchiveReader.looksLikeArchive(plain)).isTrue();
        assertThat(ArchiveReader.looksLikeArchive(Arrays.copyOf(gzip(plain), 200))).isTrue();
        assertThat(ArchiveReader.looksLikeArchive("WARC/0.9\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(ArchiveReader.looksLikeArchive(gzip(PAGE.getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(ArchiveReader.looksLikeArchive(new byte[] {0x1f, (byte) 0x8b})).isFalse();
    }

    @Property(tries = 30)
    void everyPageOfAnArchiveIsOneReportInOrder(@ForAll @Size(min = 1, max = 12) List<@AlphaChars @StringLength(min = 1,
            max = 30) String> words, @ForAll boolean gzipped) throws Exception {
        WarcRecord[] records = new WarcRecord[words.size()];
        for (int i = 0; i < records.length; i++) {
            records[i] = i % 2 == 0 ? response("https://news.example/p/" + words.get(i), "text/html",
                    "<p>Report " + i + ": " + words.get(i) + "</p>")
                    : conversion("https://news.example/p/" + words.get(i), "Report " + i + ": " + words.get(i));
        }
        InputBatch batch = read(warc(gzipped ? WarcCompression.GZIP : WarcCompression.NONE, records));

        assertThat(batch.notices()).isEmpty();
        assertThat(batch.inputs()).hasSize(words.size());
        for (int i = 0; i < words.size(); i++) {
            assertThat(text(batch.inputs().get(i))).contains("Report " + i + ": " + words.get(i));
        }
        assertThat(batch.inputs().stream().map(RawInput::id).distinct().count()).isEqualTo(words.size());
    }
}
