package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} and {@code ingest} read a web archive written here with jwarc; every page is invented. */
class ArchiveCommandsTest extends CapturedOutput {
    private static final Instant CAPTURED = Instant.parse("2031-07-21T06:00:00Z");
    @TempDir
    Path dir;

    private static WarcResponse response(String uri, String statusLine, String contentType, byte[] body) {
        byte[] http = (statusLine + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] record = new byte[http.length + body.length];
        System.arraycopy(http, 0, record, 0, http.length);
        System.arraycopy(body, 0, record, http.length, body.length);
        return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, record).build();
    }

    private static WarcResponse page(String uri, String text) {
        return response(uri, "HTTP/1.1 200 OK", "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>"
                + "Report</title></head><body><article><p>" + text + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A page whose own meta tags give its day, three weeks before its capture. */
    private static WarcResponse datedPage() {
        return response("https://news.example/2031/07/dated-page", "HTTP/1.1 200 OK", "text/html",
                ("<!DOCTYPE html><html><head><title>Report</title><meta property=\"article:published_time\" "
                        + "content=\"2031-06-30T10:00:00Z\"></head><body><article><p>Shelling hit a market in "
                        + "Berdovka, officials said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    /** Two pages, an image, a missing page and a PNG served as HTML, each record its own gzip member. */
    private Path crawl() throws IOException {
        Path archive = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(archive, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(page("https://news.example/2031/07/depot-strike", "Drones struck a fuel depot near "
                    + "Berdovka on Sunday, killing two workers, the regional governor said."));
            writer.write(response("https://news.example/logo.png", "HTTP/1.1 200 OK", "image/png", new byte[] {1}));
            writer.write(response("https://news.example/old", "HTTP/1.1 301 Moved Permanently", "text/html",
                    new byte[0]));
            writer.write(response("https://news.example/photo", "HTTP/1.1 200 OK", "text/html",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}));
            writer.write(page("https://news.example/2031/07/border-clash", "Border guards exchanged fire with "
                    + "gunmen near Tarsk on Saturday, officials said."));
            writer.write(datedPage());
        }
        return archive;
    }

    @Test
    void analyzeReadsAnArchiveEndToEnd() throws Exception {
        Path archive = crawl();
        Path json = dir.resolve("out.json");
        int status = Main.execute("analyze", archive.toString(), "--json", json.toString());

        assertThat(status).isZero();
        JsonNode documents = new ObjectMapper().readTree(json.toFile()).path("documents");
        assertThat(documents).hasSize(3);
        assertThat(documents.get(0).path("id").asText()).isEqualTo("depot-strike");
        assertThat(documents.get(1).path("id").asText()).isEqualTo("border-clash");
        assertThat(documents.get(2).path("published").asText()).isEqualTo("2031-06-30");
        assertThat(documents.get(0).toString()).contains("https://news.example/2031/07/depot-strike");
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("sitrep: skipped 3 archive "
                + "records: binary 1, not HTML or text 1, not a page (HTTP status) 1; --verbose names them");

        err.reset();
        assertThat(Main.execute("analyze", archive.toString(), "-q", "--json", json.toString(), "--verbose"))
                .isZero();
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "sitrep: skipped: https://news.example/logo.png: image/png, not HTML or text",
                "sitrep: skipped: https://news.example/old: HTTP status 301, not a page",
                "sitrep: skipped: https://news.example/photo: binary data (PNG image) under text/html");
    }

    @Test
    void ingestStoresAnArchivesPagesAndSumsUpItsSkips() throws Exception {
        Path archive = crawl();
        Path data = dir.resolve("data");
        int status = Main.execute("ingest", archive.toString(), "--data", data.toString(), "--threads", "1");

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(stderr).contains("sitrep: skipped 3 archive records: binary 1, not HTML or text 1, "
                + "not a page (HTTP status) 1; --verbose names them")
                .contains("3 new reports stored").contains("from 3 reports");
        try (Store store = Store.open(data)) { // the store keeps the archive record: the page's own day goes first
            assertThat(new PictureQuery(store).document("dated-page")).get()
                    .satisfies(facts -> assertThat(facts.publication().date()).isEqualTo(LocalDate.of(2031, 6, 30)));
        }

        err.reset();
        assertThat(Main.execute("ingest", archive.toString(), "--data", data.toString(), "--threads", "1")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("0 new reports stored").contains("3 already there");
    }
}
