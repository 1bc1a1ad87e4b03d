package org.sitrep.ingest;

import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one input into memory: bounded in size, gzip layers removed, binary formats refused with their
 * name; a file of scraped articles becomes one report per article ({@link #expand}), a web archive one per page,
 * read record by record from its file ({@link #readArchive}). Every failure is an
 * {@link InputException} whose message fits on one line. Stateless; one instance serves all threads.
 */
public final class InputReader {
    /** Largest input file accepted, compressed or not: a file of scraped articles may hold thousands of them. */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;
    /**
     * Largest single report accepted, once decompressed (a plain report's bytes, a scraped article's text). A news
     * report's text is rarely above 100 KB and a saved page with its scripts and inline images rarely above a few MB;
     * the analysis holds some fifty times a report's size while it works (a 127 MB text took 6 GB and minutes), so a
     * report past 16 MB is refused as too large rather than analysed until memory runs out.
     */
    public static final long MAX_REPORT_BYTES = 16L * 1024 * 1024;
    private static final int MAX_GZIP_LAYERS = 3;
    /** Text compresses some ten times; a gzip member that inflates past this ratio is refused as it inflates. */
    static final int MAX_GZIP_RATIO = 200;
    /** Small members may inflate to this much whatever their ratio. */
    private static final long MIN_INFLATED_LIMIT = 4L * 1024 * 1024;

    private final long maxBytes;
    private final long maxReportBytes;
    private final ArchiveReader archives;

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader of files up to {@code maxBytes}, each report in them up to that or {@link #MAX_REPORT_BYTES}. */
    public InputReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxReportBytes = Math.min(maxBytes, MAX_REPORT_BYTES);
        this.archives = new ArchiveReader(maxReportBytes);
    }

    /**
     * Reads one input into the reports it holds: a plain report, or each article of a file of scraped articles
     * ({@link #expand}). The source of every notice and of a plain report is {@code ref.source()}.
     *
     * @param ids the batch's ids; the new reports' ids are allocated from it, in order
     * @throws InputException when the input cannot be read at all, with a one-line reason
     */
    public InputBatch read(InputRef ref, IdAllocator ids) throws InputException {
        return isArchive(ref) ? readArchive(ref, ids) : expand(load(ref), ref.source(), ref.fileName(), ids);
    }

    /**
     * True for a file named as a web archive ({@link ArchiveReader#isArchiveName}), or whose name says nothing of
     * its format ({@code crawl}, {@code crawl.gz}) and whose content begins a WARC record: it is read record by
     * record ({@link #readArchive}), not loaded whole. An archive under another name is found by its content once
     * loaded ({@link #expand}).
     */
    public boolean isArchive(InputRef ref) {
        return !ref.isStdin() && (ArchiveReader.isArchiveName(ref.fileName())
                || InputNames.reportExtension(ref.fileName()).isEmpty() && ArchiveReader.looksLikeArchive(ref.path()));
    }

    /**
     * Reads a web archive file record by record ({@link ArchiveReader}), however large: each page up to one report's
     * limit, ids allocated from {@code ids} in record order, a notice for each record set aside.
     *
     * @throws InputException when the file cannot be opened or is not an archive, with a one-line reason
     */
    public InputBatch readArchive(InputRef ref, IdAllocator ids) throws InputException {
        InputBatch.Collector pages = new InputBatch.Collector();
        readArchive(ref, ids, pages);
        return pages.batch();
    }

    /**
     * Reads a web archive file record by record as {@link #readArchive(InputRef, IdAllocator)} does, handing each
     * page and notice to {@code sink} as it comes, so a caller can store or analyse a large archive in parts.
     */
    public void readArchive(InputRef ref, IdAllocator ids, ArchiveReader.Sink sink) throws InputException {
        try (InputStream in = openArchive(ref)) {
            archives.read(in, ref.source(), ids, sink);
        } catch (IOException error) {
            throw new InputException(InputCollector.describe(error), error);
        }
    }

    /**
     * The stream of a web archive file, to be read record by record ({@link ArchiveReader#open}), its failure to
     * open said as for any input.
     *
     * @throws InputException when the file cannot be opened, with a one-line reason
     */
    public InputStream openArchive(InputRef ref) throws InputException {
        try {
            checkReadable(ref.path());
            return Files.newInputStream(ref.path());
        } catch (IOException error) {
            throw new InputException(InputCollector.describe(error), error);
        }
    }

    /**
     * The bytes of one input, bounded in size, gzip layers removed (what {@link #expand} then reads).
     *
     * @throws InputException when it cannot be read, with a one-line reason
     */
    public byte[] load(InputRef ref) throws InputException {
        byte[] bytes;
        try {
            if (ref.isStdin()) {
                bytes = readBounded(System.in);
            } else {
                checkReadable(ref.path());
                long size = Files.size(ref.path());
                if (size > maxBytes) {
                    throw new InputException(tooLarge(size, maxBytes));
                }
                try (InputStream in = Files.newInputStream(ref.path())) {
                    bytes = readBounded(in);
                }
            }
        } catch (IOException error) {
            throw new InputException(InputCollector.describe(error), error);
        }
        return gunzip(bytes, largestInflated(ref.fileName()));
    }

    /** Refuses a file that cannot be read as an input, saying why. */
    private static void checkReadable(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException("is a folder");
        }
        if (!Files.isReadable(path)) {
            throw new InputException("permission denied");
        }
        if (!Files.isRegularFile(path)) {
            // a FIFO, a socket or a device: reading it may never end
            throw new InputException("not a regular file (a pipe, socket or device), not read");
        }
    }

    /**
     * Turns the bytes of one input into the reports it holds; this is what a server calls on a request body.
     * <ul>
     *   <li>A plain report (text, Markdown, HTML) is one {@link RawInput}, its id made from {@code fileName} as
     *       {@link InputNames#idOf} does, its source {@code source}.</li>
     *   <li>A file of scraped articles ({@link ArticleJson}: a news-please or trafilatura JSON object, or JSON
     *       lines of them) is one {@link RawInput} per article: its bytes the article's text, its
     *       {@link RawInput#given() given} metadata the scraper's title, date, outlet and address; its id the
     *       last segment of its address or its title ({@link InputNames#idOfArticle}), else the file's id
     *       followed by the line number ({@code feed-3}; the file's id alone for a file of one object); its
     *       source the address, else {@code source:line} ({@code source} for a file of one object). A line that
     *       holds no article (malformed JSON, no text) is a failure {@link Notice} naming {@code source:line};
     *       the other lines are still read.</li>
     *   <li>A web archive (by name, or content that begins with a WARC record) is one {@link RawInput} per page
     *       and a notice per record set aside, as {@link ArchiveReader} reads it.</li>
     * </ul>
     * Ids are allocated from {@code ids} in the order of the reports, so they are unique within its batch.
     *
     * @param bytes    the content, gzip-compressed or not
     * @param source   where it came from, as its user would recognise it (a path, a URL, a request's name)
     * @param fileName the name it came under, for the id and to guess the format when content does not
     *                 decide it ({@code .json}, {@code .jsonl} and {@code .ndjson} promise JSON); null for none
     * @param ids      the batch's ids
     * @return the reports, at least one, and a notice for each line that could not be read
     * @throws InputException when the content holds no report (empty, binary, JSON that is not articles,
     *                        malformed gzip), with a one-line reason
     */
    public InputBatch expand(byte[] bytes, String source, String fileName, IdAllocator ids) throws InputException {
        String name = fileName == null || fileName.isBlank() ? "input" : fileName;
        if (bytes.length > maxBytes) {
            throw new InputException(tooLarge(bytes.length, maxBytes));
        }
        if (ArchiveReader.isArchiveName(name) || ArchiveReader.looksLikeArchive(bytes)) {
            return archives.readAll(new ByteArrayInputStream(bytes), source, ids); // it undoes its own gzip
        }
        bytes = gunzip(bytes, largestInflated(name));
        refuseBinary(bytes);
        ArticleJson.Content articles = ArticleJson.read(bytes, name);
        if (articles == null) {
            if (bytes.length > maxReportBytes) {
                throw new InputException(tooLarge(bytes.length, maxReportBytes));
            }
            return new InputBatch(List.of(new RawInput(ids.allocate(InputNames.idOf(name)), source, name, bytes)),
                    List.of());
        }
        String fileId = InputNames.idOf(name);
        List<RawInput> inputs = new ArrayList<>(articles.articles().size());
        List<Notice> notices = new ArrayList<>(articles.bad().size());
        for (ArticleJson.Entry entry : articles.articles()) {
            ArticleJson.Article article = entry.article();
            String where = articles.jsonLines() ? source + ":" + entry.line() : source;
            byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
            if (text.length > maxReportBytes) {
                notices.add(Notice.failed(where, tooLarge(text.length, maxReportBytes)));
                continue;
            }
            String base = InputNames.idOfArticle(article.url(), article.title());
            if (base == null) {
                base = articles.jsonLines() ? fileId + "-" + entry.line() : fileId;
            }
            inputs.add(new RawInput(ids.allocate(base), article.url() != null ? article.url() : where, name, text,
                    article.metadata()));
        }
        for (ArticleJson.BadLine bad : articles.bad()) {
            notices.add(Notice.failed(source + ":" + bad.line(), bad.reason()));
        }
        return new InputBatch(inputs, notices);
    }

    /** Removes gzip layers, however the file is named. */
    public byte[] gunzip(byte[] bytes) throws InputException {
        return gunzip(bytes, maxBytes);
    }

    /**
     * How large a file named {@code fileName} may be once inflated: one report's limit, unless it may hold scraped
     * articles (each article is then held to that limit).
     */
    private long largestInflated(String fileName) {
        return fileName != null && InputNames.mayHoldArticles(fileName) ? maxBytes : maxReportBytes;
    }

    /** Removes gzip layers, refusing data that inflates past {@code largest} bytes or past the bomb ratio. */
    private byte[] gunzip(byte[] bytes, long largest) throws InputException {
        for (int layer = 0; layer < MAX_GZIP_LAYERS && isGzip(bytes); layer++) {
            long limit = Math.min(largest, Math.max(MIN_INFLATED_LIMIT, (long) bytes.length * MAX_GZIP_RATIO));
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
                bytes = readBounded(in, limit, limit < largest ? "gzip data that inflates more than " + MAX_GZIP_RATIO
                        + " times (a decompression bomb?), not read"
                        : "too large (more than " + size(limit) + " once decompressed, limit " + size(limit) + ")");
            } catch (EOFException error) {
                throw new InputException("truncated gzip stream (the file ends before the compressed data does)",
                        error);
            } catch (ZipException error) {
                throw new InputException("corrupt gzip data (" + error.getMessage() + ")", error);
            } catch (IOException error) {
                throw new InputException(error.getMessage() == null ? "cannot decompress gzip data"
                        : error.getMessage(), error);
            }
        }
        return bytes;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] readBounded(InputStream in) throws IOException {
        return readBounded(in, maxBytes, tooLargePast(maxBytes));
    }

    /** Reads at most {@code limit} bytes; past it, fails with {@code why}. */
    private static byte[] readBounded(InputStream in, long limit, String why) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new IOException(why);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The message for an input of {@code bytes} over a limit of {@code limit}: "too large (47 MB, limit 16 MB)". */
    public static String tooLarge(long bytes, long limit) {
        return "too large (" + size(bytes) + ", limit " + size(limit) + ")";
    }

    /**
     * The message for an input read up to a limit of {@code limit} bytes that went on past it, its whole size unknown:
     * "too large (more than 16 MB, limit 16 MB)".
     */
    static String tooLargePast(long limit) {
        return "too large (more than " + size(limit) + ", limit " + size(limit) + ")";
    }

    /** A size in whole MB (KB below one MB), rounded up so that a size over a limit never reads as the limit. */
    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb ? (bytes + mb - 1) / mb + " MB" : (bytes + 1023) / 1024 + " KB";
    }

    /** Refuses empty input and known binary formats, naming what the bytes are. */
    static void refuseBinary(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        String kind = BinarySignatures.identify(bytes);
        if (kind != null) {
            throw new InputException("binary file (" + kind + "), not a text or HTML report");
        }
    }
}
