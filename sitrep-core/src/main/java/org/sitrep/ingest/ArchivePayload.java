package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What one web archive record holds for the analysis: a page's payload, or why it is set aside. An HTTP response
 * ({@code response} record) is a page when its status is 200 and its {@code Content-Type} is HTML or text
 * ({@link PageMediaTypes}); its payload is its body with the HTTP headers removed and its chunking and
 * {@code Content-Encoding} undone. A {@code resource} or WET {@code conversion} record is a page when its own
 * {@code Content-Type} is. A payload past the size limit fails; an empty or binary one (whatever its type says) is
 * skipped. Other record types ({@code request}, {@code metadata}, {@code warcinfo}, {@code revisit},
 * {@code continuation}) are never pages.
 */
final class ArchivePayload {
    static final String NOT_HTML_OR_TEXT = "not HTML or text";
    static final String HTTP_STATUS = "not a page (HTTP status)";
    static final String BINARY = "binary";
    static final String EMPTY = "empty";
    static final String TOO_LARGE = "too large";
    static final String BAD_RECORD = "bad record";
    private static final int HTTP_OK = 200;
    /** An error message is cut here to keep a notice on one line. */
    private static final int MAX_DETAIL = 120;

    /** What became of a record that may be a page. */
    sealed interface Outcome permits Page, SetAside {
    }

    /**
     * A page.
     *
     * @param bytes     its payload
     * @param extension the format it is read as ({@code html} or {@code txt})
     * @param charset   the charset it was served under, or null
     */
    record Page(byte[] bytes, String extension, String charset) implements Outcome {
    }

    /** A record set aside: a failure (it was meant to be read) or a skip, with the key it is counted by. */
    record SetAside(boolean failure, String reason, String message) implements Outcome {
    }

    /** The archive ended inside the record's block: nothing after it can be read. */
    static final class Truncated extends IOException {
        Truncated(EOFException cause) {
            super("the archive ends inside this record", cause);
        }
    }

    private final long limit;

    /** @param limit the largest payload read, in bytes once decoded */
    ArchivePayload(long limit) {
        this.limit = limit;
    }

    /**
     * What the record holds, or null for a record that is never a page.
     *
     * @throws Truncated when the archive ends inside the record
     */
    Outcome of(WarcRecord record) throws Truncated {
        try {
            if (record instanceof WarcResponse response && isHttp(record.contentType())) {
                return ofHttp(response);
            }
            if (record instanceof WarcResponse || record instanceof WarcResource
                    || record instanceof WarcConversion) {
                String type = record.headers().first("Content-Type").orElse(null);
                return ofPayload(type, record.body().stream(), record);
            }
            return null;
        } catch (Truncated truncated) {
            throw truncated;
        } catch (IOException | RuntimeException error) {
            // jwarc fails on a malformed HTTP header, an unknown Content-Encoding or data it cannot inflate
            return new SetAside(true, BAD_RECORD, BAD_RECORD + " (" + detail(error) + ")");
        } catch (NoClassDefFoundError missing) {
            // jwarc decodes brotli and zstd only with their optional libraries (org.brotli:dec, zstd-jni), not shipped
            return new SetAside(true, BAD_RECORD, "bad record (its Content-Encoding needs a decoder not installed: "
                    + missing.getMessage() + ")");
        }
    }

    private Outcome ofHttp(WarcResponse response) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (EOFException ended) {
            throw truncatedOr(ended, response);
        } catch (IOException | RuntimeException malformed) {
            return new SetAside(true, BAD_RECORD, "malformed HTTP response header (" + detail(malformed) + ")");
        }
        if (http.status() != HTTP_OK) {
            return new SetAside(false, HTTP_STATUS, "HTTP status " + http.status() + ", not a page");
        }
        // a response without a Content-Type: the type the crawler identified from the bytes, if it says one
        String type = http.headers().first("Content-Type")
                .or(() -> response.headers().first("WARC-Identified-Payload-Type")).orElse(null);
        if (PageMediaTypes.extensionOf(type) == null) {
            return notHtmlOrText(type);
        }
        return ofPayload(type, http.bodyDecoded().stream(), response);
    }

    private Outcome ofPayload(String type, InputStream payload, WarcRecord record) throws IOException {
        String extension = PageMediaTypes.extensionOf(type);
        if (extension == null) {
            return notHtmlOrText(type);
        }
        byte[] bytes;
        try {
            bytes = payload.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (EOFException ended) {
            throw truncatedOr(ended, record);
        }
        if (bytes.length > limit) {
            return new SetAside(true, TOO_LARGE, InputReader.tooLargePast(limit));
        }
        if (bytes.length == 0) {
            return new SetAside(false, EMPTY, "empty payload");
        }
        String binary = BinarySignatures.identify(bytes);
        if (binary != null) {
            return new SetAside(false, BINARY, "binary data (" + binary + ") under " + base(type));
        }
        return new Page(bytes, extension, charsetOf(type));
    }

    /**
     * An end of data met while reading a record: the archive's end when the record's block is not whole (the file
     * was cut), else the end of a compressed payload inside a whole record (a bad record).
     */
    private static IOException truncatedOr(EOFException ended, WarcRecord record) throws IOException {
        return record.body().position() < record.body().size() ? new Truncated(ended) : ended;
    }

    private static SetAside notHtmlOrText(String type) {
        return new SetAside(false, NOT_HTML_OR_TEXT, type == null ? "no Content-Type" : base(type) + ", not HTML or text");
    }

    private static boolean isHttp(MediaType type) {
        return type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    private static String base(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a media type, unquoted, or null. */
    private static String charsetOf(String type) {
        String charset = MediaType.parseLeniently(type).parameters().get("charset");
        if (charset == null) {
            return null;
        }
        charset = charset.strip().replace("\"", "").replace("'", "");
        return charset.isEmpty() ? null : charset;
    }

    /** An error's message on one short line. */
    static String detail(Exception error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
    }
}
