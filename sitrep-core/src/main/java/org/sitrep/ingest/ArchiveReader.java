package org.sitrep.ingest;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.model.ArchiveRecord;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a web archive (WARC 1.0/1.1, or a WET file of extracted text; whole-file or per-record gzip, or none) record
 * by record from a stream, never holding more than one record: a Common Crawl file is about a gigabyte.
 *
 * <p>Which records are pages ({@link ArchivePayload}): an HTTP {@code response} with status 200 and an HTML
 * ({@code text/html}, {@code application/xhtml+xml}) or text ({@code text/plain}) {@code Content-Type}, a
 * {@code resource} or a WET {@code conversion} record of those types. A page's bytes are its payload (HTTP headers
 * removed, chunking and {@code Content-Encoding} undone); its source is the record's {@code WARC-Target-URI}, its id
 * made from that address as a scraped article's is ({@link InputNames#idOfArticle}), its given metadata the address
 * (the page's own canonical address goes ahead of it), its {@link ArchiveRecord} the capture time ({@code WARC-Date}),
 * whose UTC day dates the page only where neither the page nor its text gives a day
 * ({@link org.sitrep.source.InputOrigin}), and the charset its HTTP header named, for the decoder.
 *
 * <p>Every record set aside gives a notice counted by a short reason: skipped "not a page (HTTP status)", "not HTML
 * or text", "binary" (a payload that is binary whatever its type says), "empty"; failed "too large" (past the
 * limit), "bad record" (a malformed HTTP header, a payload that cannot be decoded); reading goes on with the next
 * record. {@code request}, {@code metadata}, {@code warcinfo}, {@code revisit} and {@code continuation} records are
 * passed over without a notice. A WARC header that cannot be parsed, or an archive that ends inside a record, stops
 * the archive with a failure naming the byte offset (of the compressed file for gzip); what was read before it
 * stays. (jwarc can resume at the next gzip member only on a seekable file, and this reader takes streams.)
 *
 * <p>Stateless; one instance serves all threads.
 */
public final class ArchiveReader {
    static final String TRUNCATED = "truncated";
    static final String UNREADABLE = "unreadable archive";
    /** Bytes read to recognise an archive: enough compressed data to inflate its first line. */
    private static final int HEAD = 1024;
    private static final byte[][] VERSIONS = {"WARC/1.0".getBytes(StandardCharsets.US_ASCII),
        "WARC/1.1".getBytes(StandardCharsets.US_ASCII)};

    private final ArchivePayload payloads;

    /** A reader of pages up to {@link InputReader#MAX_REPORT_BYTES}. */
    public ArchiveReader() {
        this(InputReader.MAX_REPORT_BYTES);
    }

    /** A reader of pages up to {@code maxRecordBytes} each, once decoded. */
    public ArchiveReader(long maxRecordBytes) {
        this.payloads = new ArchivePayload(maxRecordBytes);
    }

    /** Where the pages and notices of an archive go, in record order. */
    public interface Sink {
        void page(RawInput page);

        void notice(Notice notice);
    }

    /**
     * True for names ending .warc, .warc.gz, .wet, .wet.gz (any case; also .warc.wet.gz as Common Crawl names WET).
     */
    public static boolean isArchiveName(String fileName) {
        return fileName != null && InputNames.isArchive(fileName);
    }

    /** True when the bytes (after one gzip layer, if any) begin a WARC record ("WARC/1.0", "WARC/1.1"). */
    public static boolean looksLikeArchive(byte[] head) {
        byte[] plain = head;
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                plain = in.readNBytes(VERSIONS[0].length);
            } catch (IOException notGzip) {
                return false; // corrupt, or too little of it to inflate a line
            }
        }
        for (byte[] version : VERSIONS) {
            if (plain.length >= version.length && Arrays.equals(plain, 0, version.length, version, 0, version.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the file begins a WARC record ({@link #looksLikeArchive(byte[])}); false when it cannot be read
     * (reading it later says what is wrong).
     */
    public static boolean looksLikeArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikeArchive(in.readNBytes(HEAD));
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Streams the records of one archive in order. Each record that may be a report becomes one RawInput given to
     * sink.page, with id = ids.allocate(base) (base as InputNames.idOfArticle makes it from the target URI;
     * the archive's name and the record's number when the URI gives none), source = the record's WARC-Target-URI,
     * fileName = the id with an extension that says the format (.html for HTML, .txt for text), bytes = the payload
     * (HTTP headers removed, HTTP Content-Encoding and chunking undone), given = PageMetadata(null, [], [], target
     * URI), archived = new ArchiveRecord(archiveSource, WARC-Record-ID, WARC-Date, the HTTP charset).
     * Every record set aside gives sink.notice(notice) with a short reason key (where = the target URI, else
     * archiveSource + " record N"). Never throws for a bad record; throws InputException only when the stream is not
     * an archive at all or cannot be opened.
     */
    public void read(InputStream in, String archiveSource, IdAllocator ids, Sink sink) throws InputException {
        Cursor records = open(in, archiveSource, ids);
        for (Object next; (next = records.next()) != null; ) {
            if (next instanceof RawInput page) {
                sink.page(page);
            } else {
                sink.notice((Notice) next);
            }
        }
    }

    /**
     * The records of one archive, to be taken one at a time as {@link #read} hands them over (a cluster job pulls
     * them as it writes them out to its workers).
     *
     * @throws InputException when the stream is not an archive at all or cannot be opened
     */
    public Cursor open(InputStream in, String archiveSource, IdAllocator ids) throws InputException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        try {
            buffered.mark(HEAD);
            byte[] head = buffered.readNBytes(HEAD);
            buffered.reset();
            if (head.length == 0) {
                throw new InputException("empty file");
            }
            if (!looksLikeArchive(head)) {
                throw new InputException("not a web archive (it does not begin with a WARC/1.0 or WARC/1.1 record)");
            }
            return new Cursor(new WarcReader(Channels.newChannel(buffered)), archiveSource, ids);
        } catch (IOException error) {
            throw new InputException(InputCollector.describe(error), error);
        }
    }

    /** An archive being read: each call of {@link #next} reads on to its next page or notice. */
    public final class Cursor {
        private final WarcReader warc;
        private final String archiveSource;
        private final String fallbackId;
        private final IdAllocator ids;
        private long number;
        private boolean ended;

        private Cursor(WarcReader warc, String archiveSource, IdAllocator ids) {
            this.warc = warc;
            this.archiveSource = archiveSource;
            this.fallbackId = fallbackId(archiveSource);
            this.ids = ids;
        }

        /**
         * The next page ({@link RawInput}) or notice of a record set aside ({@link Notice}), in record order; null
         * once the archive has ended (or stopped: a header that cannot be parsed, a record cut short, which is the
         * last notice). Records that are not pages and need no notice are passed over.
         */
        public Object next() {
            while (!ended) {
                number++;
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (EOFException cut) {
                    return stop(Notice.failed(archiveSource, TRUNCATED, "truncated: the archive ends inside a "
                            + "record (after byte " + warc.position() + ")"));
                } catch (IOException | RuntimeException unreadable) {
                    return stop(Notice.failed(archiveSource, UNREADABLE, "unreadable WARC record header at byte "
                            + warc.position() + " (" + ArchivePayload.detail(unreadable) + "); the rest is not read"));
                }
                if (next.isEmpty()) {
                    ended = true;
                    return null;
                }
                WarcRecord record = next.get();
                String target = record instanceof WarcTargetRecord t ? t.target() : null;
                String where = target != null ? target : archiveSource + " record " + number;
                ArchivePayload.Outcome outcome;
                try {
                    outcome = payloads.of(record);
                } catch (ArchivePayload.Truncated truncated) {
                    return stop(Notice.failed(where, TRUNCATED, "truncated: the archive ends inside this record"));
                }
                if (outcome instanceof ArchivePayload.SetAside aside) {
                    return aside.failure() ? Notice.failed(where, aside.reason(), aside.message())
                            : Notice.skipped(where, aside.reason(), aside.message());
                }
                if (outcome instanceof ArchivePayload.Page page) {
                    String base = InputNames.idOfArticle(target, null);
                    String id = ids.allocate(base != null ? base : fallbackId + "-" + number);
                    return page(record, page, id, where, target, archiveSource);
                }
            }
            return null;
        }

        private Notice stop(Notice last) {
            ended = true;
            return last;
        }
    }

    /** Reads a whole archive into a batch: its pages and notices in record order. */
    public InputBatch readAll(InputStream in, String archiveSource, IdAllocator ids) throws InputException {
        InputBatch.Collector pages = new InputBatch.Collector();
        read(in, archiveSource, ids, pages);
        return pages.batch();
    }

    private static RawInput page(WarcRecord record, ArchivePayload.Page page, String id, String where, String target,
                                 String archiveSource) {
        Instant captured = captured(record); // the day of last resort (source.InputOrigin), not a claim of the page
        String recordId = record.headers().first("WARC-Record-ID").map(ArchiveReader::unbracketed).orElse(null);
        return new RawInput(id, where, id + "." + page.extension(), page.bytes(),
                target == null ? PageMetadata.NONE : new PageMetadata(null, List.of(), List.of(), target),
                new ArchiveRecord(archiveSource, recordId, captured, page.charset()));
    }

    /** The record's WARC-Date, or null when it has none or an unreadable one. */
    private static Instant captured(WarcRecord record) {
        try {
            return record.headers().first("WARC-Date").map(Instant::parse).orElse(null);
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String unbracketed(String value) {
        String v = value.strip();
        return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
    }

    /**
     * The base of the ids of pages whose address gives none: the archive's file name without extensions
     * ({@code crawl} for {@code s3://bucket/crawl.warc.gz}), or {@code archive} (standard input, {@code -}).
     */
    private static String fallbackId(String archiveSource) {
        int slash = Math.max(archiveSource.lastIndexOf('/'), archiveSource.lastIndexOf('\\'));
        String id = InputNames.idOf(archiveSource.substring(slash + 1));
        return id.chars().anyMatch(Character::isLetterOrDigit) ? id : "archive";
    }
}
