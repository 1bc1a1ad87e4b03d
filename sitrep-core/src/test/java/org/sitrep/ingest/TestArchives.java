package org.sitrep.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/** Web archives for tests, written with jwarc: records of invented pages. */
public final class TestArchives {
    public static final Instant CAPTURED = Instant.parse("2031-05-14T09:30:00Z");

    private TestArchives() {
    }

    /** The records as a WARC file, each record its own gzip member when {@code compression} is GZIP. */
    public static byte[] warc(WarcCompression compression, WarcRecord... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] warc(WarcRecord... records) {
        return warc(WarcCompression.NONE, records);
    }

    /** An HTTP response with these head lines (after the status line) and body, as a crawler recorded it. */
    public static byte[] http(String statusLine, String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((statusLine + "\r\n" + headers.replace("\n", "\r\n") + (headers.isEmpty() ? "" : "\r\n")
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A 200 response of {@code contentType} holding {@code body}. */
    public static WarcResponse response(String uri, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return response(uri, http("HTTP/1.1 200 OK", "Content-Type: " + contentType + "\nContent-Length: "
                + bytes.length, bytes));
    }

    /** A response record holding the HTTP bytes as they are. */
    public static WarcResponse response(String uri, byte[] http) {
        return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    public static WarcResource resource(String uri, String contentType, byte[] body) {
        return new WarcResource.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.parse(contentType), body)
                .build();
    }

    /** A resource record with no WARC-Target-URI. */
    public static WarcResource resourceWithoutAddress(String contentType, String body) {
        return new WarcResource.Builder().date(CAPTURED).body(MediaType.parse(contentType),
                body.getBytes(StandardCharsets.UTF_8)).build();
    }

    /** A WET record: the text extracted from the page at {@code uri}. */
    public static WarcConversion conversion(String uri, String text) {
        return new WarcConversion.Builder().date(CAPTURED).addHeader("WARC-Target-URI", uri)
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build();
    }

    public static WarcRequest request(String uri) {
        return new WarcRequest.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.HTTP_REQUEST,
                "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)).build();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A page's bytes as a string, to compare pages by content. */
    public static String bytesOf(org.sitrep.model.RawInput page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }
}
