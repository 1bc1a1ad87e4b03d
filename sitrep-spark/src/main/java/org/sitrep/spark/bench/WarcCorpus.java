package org.sitrep.spark.bench;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.eval.ReportCopies;
import org.sitrep.ingest.InputNames;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A generated web archive for the benchmark: pages made from a few report and page files, repeated with other tolls
 * and days ({@link ReportCopies}) under addresses of their own, written as WARC files (gzip per record, as crawlers
 * write them) of about equal size. HTML files become HTTP 200 {@code response} records, text files {@code resource}
 * records of {@code text/plain}.
 */
final class WarcCorpus {
    private static final Instant FIRST_CAPTURE = Instant.parse("2025-01-06T06:00:00Z");

    private WarcCorpus() {
    }

    /** A page to repeat: its name and its bytes (gzip removed). */
    record Source(String name, byte[] bytes, boolean html) {
    }

    /** The report and page files of {@code folders} (not walked into: a folder's own files only), by name. */
    static List<Source> sources(List<Path> folders) throws IOException {
        List<Source> out = new ArrayList<>();
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    String ext = InputNames.reportExtension(name);
                    if (!List.of("html", "htm", "txt").contains(ext) || InputNames.whyNotAReport(name) != null) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    if (name.endsWith(".gz")) {
                        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                            bytes = in.readAllBytes();
                        }
                    }
                    out.add(new Source(InputNames.idOf(name), bytes, !ext.equals("txt")));
                }
            }
        }
        return out;
    }

    /** Writes {@code pages} pages into {@code files} WARC files in {@code dir}; their paths, in order. */
    static List<Path> write(List<Source> sources, int pages, int files, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        int perFile = (pages + files - 1) / files;
        for (int f = 0, page = 0; f < files && page < pages; f++) {
            Path file = dir.resolve(String.format("bench-%03d.warc.gz", f));
            try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE),
                    WarcCompression.GZIP)) {
                for (int k = 0; k < perFile && page < pages; k++, page++) {
                    writer.write(record(sources, page));
                }
            }
            out.add(file);
        }
        return out;
    }

    /** The {@code page}-th page: its source repeated for the {@code page / sources}-th time, varied that many times. */
    private static WarcRecord record(List<Source> sources, int page) {
        Source s = sources.get(page % sources.size());
        int copy = page / sources.size();
        byte[] body = copy == 0 ? s.bytes() : ReportCopies.vary(s.bytes(), copy);
        URI address = URI.create("https://news.bench.invalid/" + copy + "/" + s.name() + (s.html() ? ".html" : ".txt"));
        Instant captured = FIRST_CAPTURE.plus(copy, ChronoUnit.DAYS);
        if (!s.html()) {
            return new WarcResource.Builder(address).date(captured).body(MediaType.parse("text/plain"), body).build();
        }
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return new WarcResponse.Builder(address).date(captured).body(MediaType.HTTP_RESPONSE, http).build();
    }
}
