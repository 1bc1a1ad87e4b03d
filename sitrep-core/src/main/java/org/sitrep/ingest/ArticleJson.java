package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.clean.html.DateText;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.PublishedBasis;
import org.sitrep.pipeline.InputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Files of scraped articles as news-please and trafilatura write them: one JSON object per file (news-please's
 * per-article {@code .json}, trafilatura's JSON output), or JSON lines, one article per line. A JSON value is an
 * article when it is an object with a {@code maintext} (news-please) or {@code text} (trafilatura) string; the
 * other fields may be missing or null:
 * <ul>
 *   <li>{@code title};</li>
 *   <li>the address in {@code url} (trafilatura's JSON output writes it as {@code source});</li>
 *   <li>the day of publication in {@code date_publish} (news-please, {@code 2021-10-01 12:30:00}) or {@code date}
 *       (trafilatura, {@code 2021-10-01}), read as an HTML page's meta dates are ({@link DateText});</li>
 *   <li>the outlet in {@code sitename} (trafilatura's JSON output writes it as {@code source-hostname}),
 *       {@code source_domain} (news-please) or {@code hostname} (trafilatura).</li>
 * </ul>
 * Content decides, never the file name alone: other JSON (Sitrep's own output, gold files) is not articles. Lines
 * may be huge, start with a byte-order mark, end in CRLF, hold other JSON values or numbers where strings belong.
 */
public final class ArticleJson {
    /** Lines a folder walk looks at to tell JSON lines of articles, when the first lines hold none. */
    private static final int PEEK_LINES = 10;
    private static final int MAX_REASON = 120;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * One scraped article.
     *
     * @param text     the article's text, as the scraper extracted it
     * @param title    its headline, or null
     * @param url      its address ({@code http(s)://} only), or null
     * @param metadata the title, the day of publication (a {@code header} claim), the outlet's names and the
     *                 address, as the pipeline takes an HTML page's meta tags
     */
    public record Article(String text, String title, String url, PageMetadata metadata) {
    }

    /** An article and the line it was on (0 in a file that is one object). */
    record Entry(int line, Article article) {
    }

    /** A line of a JSON-lines file that holds no article, and why, in a few words. */
    record BadLine(int line, String reason) {
    }

    /**
     * What a file of articles holds.
     *
     * @param jsonLines true for JSON lines, false for a file that is one object
     * @param articles  the articles, in order
     * @param bad       the lines that hold none
     */
    record Content(boolean jsonLines, List<Entry> articles, List<BadLine> bad) {
    }

    private ArticleJson() {
    }

    /**
     * Reads the articles of a file: one JSON value is one article; content that is not one value is read as
     * JSON lines. Null when the content does not open with an object and the name does not promise JSON
     * ({@code .json}, {@code .jsonl}, {@code .ndjson}), or when it opens with a brace but no line of it is
     * JSON: the input is then a plain report, as before.
     *
     * @throws InputException when the content is JSON but holds no article: one line saying why
     */
    static Content read(byte[] bytes, String fileName) throws InputException {
        if (!opensAnObject(bytes) && !InputNames.mayHoldArticles(fileName)) {
            return null;
        }
        byte[] utf8 = utf8(bytes);
        JsonNode whole;
        String wholeError;
        try {
            whole = parseLine(utf8, 0, utf8.length);
            wholeError = null;
        } catch (JsonProcessingException notOneValue) {
            whole = null;
            wholeError = reason(notOneValue, true);
        } catch (IOException | RuntimeException error) {
            whole = null;
            wholeError = oneLine(String.valueOf(error.getMessage()));
        }
        if (whole != null && !whole.isMissingNode()) {
            Article article = article(whole);
            if (article == null) {
                throw new InputException("JSON that is not a scraped article: " + whyNotAnArticle(whole)
                        + " (Sitrep reads news-please and trafilatura article files)");
            }
            return new Content(false, List.of(new Entry(0, article)), List.of());
        }
        return readLines(utf8, fileName, wholeError);
    }

    private static Content readLines(byte[] utf8, String fileName, String wholeError) throws InputException {
        List<Entry> articles = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        boolean anyObject = false;
        int line = 0;
        for (int start = 0; start < utf8.length; ) {
            int newline = indexOf(utf8, (byte) '\n', start);
            int end = newline < 0 ? utf8.length : newline;
            line++;
            int from = start;
            int to = end > from && utf8[end - 1] == '\r' ? end - 1 : end;
            start = newline < 0 ? utf8.length : newline + 1;
            if (isBlank(utf8, from, to)) {
                continue;
            }
            JsonNode node;
            try {
                node = parseLine(utf8, from, to);
            } catch (JsonProcessingException malformed) {
                bad.add(new BadLine(line, reason(malformed, false)));
                continue;
            } catch (IOException | RuntimeException error) {
                bad.add(new BadLine(line, "unreadable JSON (" + oneLine(String.valueOf(error.getMessage())) + ")"));
                continue;
            }
            anyObject |= node.isObject();
            Article article = article(node);
            if (article == null) {
                bad.add(new BadLine(line, whyNotAnArticle(node)));
            } else {
                articles.add(new Entry(line, article));
            }
        }
        if (!articles.isEmpty()) {
            return new Content(true, articles, bad);
        }
        if (anyObject) {
            BadLine first = bad.get(0);
            throw new InputException("JSON lines with no scraped article (line " + first.line() + ": "
                    + first.reason() + "; Sitrep reads news-please and trafilatura article files)");
        }
        if (InputNames.mayHoldArticles(fileName)) {
            throw new InputException(wholeError == null ? "JSON that is not a scraped article" : wholeError);
        }
        return null; // text that happens to open with a brace
    }

    /** One JSON value, from {@code from} to {@code to}, with nothing after it. */
    private static JsonNode parseLine(byte[] utf8, int from, int to) throws IOException {
        try {
            return MAPPER.readTree(utf8, from, to - from);
        } catch (JsonProcessingException error) {
            // bytes that are not UTF-8: read the line with replacement characters before giving up on it
            String lenient = new String(utf8, from, to - from, StandardCharsets.UTF_8);
            if (Arrays.equals(lenient.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(utf8, from, to))) {
                throw error;
            }
            return MAPPER.readTree(lenient);
        }
    }

    /** The article a JSON value holds, or null when it holds none ({@link #whyNotAnArticle} says why). */
    public static Article article(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String text = textField(node);
        if (text == null) {
            return null;
        }
        String title = scalar(node, "title");
        String url = firstAddress(node, "url", "source");
        List<DateClaim> dates = new ArrayList<>(1);
        for (String field : List.of("date_publish", "date")) {
            String value = scalar(node, field);
            LocalDate day = DateText.parse(value);
            if (day != null && dates.stream().noneMatch(d -> d.date().equals(day))) {
                dates.add(new DateClaim(day, PublishedBasis.HEADER, "article file " + field + " '"
                        + abbreviate(value) + "'"));
            }
        }
        List<String> siteNames = new ArrayList<>(1);
        for (String field : List.of("sitename", "source-hostname", "source_domain", "hostname")) {
            String value = scalar(node, field);
            if (value != null && !siteNames.contains(value)) {
                siteNames.add(value);
            }
        }
        return new Article(text, title, url, new PageMetadata(title, dates, siteNames, url));
    }

    /** Why a JSON value is not an article, in a few words. */
    static String whyNotAnArticle(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "no JSON value";
        }
        if (!node.isObject()) {
            return "not a JSON object but " + kind(node);
        }
        for (String field : List.of("maintext", "text")) {
            if (node.path(field).isTextual()) {
                return "empty article text (\"" + field + "\")";
            }
        }
        return "no \"maintext\" or \"text\" string";
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number"
                : node.isBoolean() ? "a boolean" : node.isNull() ? "null" : "a " + node.getNodeType();
    }

    private static String textField(JsonNode node) {
        for (String field : List.of("maintext", "text")) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue();
            }
        }
        return null;
    }

    /** A field's text: a string, or a number or boolean written out; null when missing, null, blank or nested. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstAddress(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = scalar(node, field);
            if (value != null && (value.regionMatches(true, 0, "http://", 0, 7)
                    || value.regionMatches(true, 0, "https://", 0, 8)) && value.indexOf(' ') < 0) {
                return value;
            }
        }
        return null;
    }

    /**
     * True when a file holds scraped articles, reading no more of it than needed: its first JSON value is an
     * article, or one of its first lines is (JSON lines whose first lines are bad or empty articles). Sitrep's
     * own output and gold files, pretty-printed objects without such a field, are not. Gzip is undone first.
     */
    public static boolean isArticleFile(Path file) {
        try (InputStream in = open(file)) {
            LineStream lines = new LineStream(in);
            if (!lines.nextLine()) {
                return false;
            }
            Boolean first = firstValueIsArticle(lines);
            if (Boolean.TRUE.equals(first)) {
                return true;
            }
            if (first == null) { // the first line is no whole value: one object over many lines, or a bad line
                try (InputStream again = open(file)) {
                    Boolean whole = firstValueIsArticle(again);
                    if (whole != null) {
                        return whole;
                    }
                }
            }
            for (int i = 1; i < PEEK_LINES && lines.nextLine(); i++) {
                if (Boolean.TRUE.equals(firstValueIsArticle(lines))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException unreadable) {
            return false; // reading it, if named, says what is wrong
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    /**
     * Whether the first JSON value of a stream is an article, reading its object's fields without keeping their
     * values: true or false, or null when the stream holds no whole JSON value.
     */
    private static Boolean firstValueIsArticle(InputStream in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return false;
            }
            boolean article = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING && (name.equals("maintext") || name.equals("text"))
                        && !p.getText().isBlank()) {
                    article = true;
                }
                p.skipChildren();
            }
            return article;
        } catch (IOException | RuntimeException notWhole) {
            return null;
        }
    }

    /** True when the content opens with '{' (after a byte-order mark and white space). */
    static boolean opensAnObject(byte[] b) {
        int i = 0;
        int step = 1;
        int high = -1; // in UTF-16, where the high byte of the unit at i is, relative to i
        if (BinarySignatures.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            i = 3;
        } else if (BinarySignatures.startsWith(b, 0xFE, 0xFF)) {
            i = 3;
            step = 2;
            high = -1;
        } else if (BinarySignatures.startsWith(b, 0xFF, 0xFE)) {
            i = 2;
            step = 2;
            high = 1;
        }
        for (; i < b.length; i += step) {
            if (step == 2 && (i + high >= b.length || b[i + high] != 0)) {
                return false;
            }
            int c = b[i] & 0xff;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '{';
            }
        }
        return false;
    }

    /** The content as UTF-8 without a byte-order mark. */
    private static byte[] utf8(byte[] b) {
        if (BinarySignatures.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Arrays.copyOfRange(b, 3, b.length);
        }
        if (BinarySignatures.startsWith(b, 0xFE, 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE).getBytes(StandardCharsets.UTF_8);
        }
        if (BinarySignatures.startsWith(b, 0xFF, 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE).getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }

    private static String reason(JsonProcessingException e, boolean withLine) {
        String what = oneLine(e.getOriginalMessage());
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : withLine ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
        return "malformed JSON (" + abbreviate(what) + where + ")";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 3) + "...";
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One line of a stream at a time: reads end at the line's end; {@link #nextLine} moves on. */
    private static final class LineStream extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int end;
        private boolean lineEnded = true;
        private boolean eof;

        LineStream(InputStream in) {
            this.in = in;
        }

        /** Skips what is left of the current line; false when no line follows. */
        boolean nextLine() throws IOException {
            while (!lineEnded) {
                if (!fill()) {
                    lineEnded = true;
                    break;
                }
                int nl = indexOf(buffer, (byte) '\n', pos);
                if (nl >= 0 && nl < end) {
                    pos = nl + 1;
                    lineEnded = true;
                } else {
                    pos = end;
                }
            }
            if (!fill()) {
                return false;
            }
            lineEnded = false;
            return true;
        }

        private boolean fill() throws IOException {
            if (pos < end) {
                return true;
            }
            if (eof) {
                return false;
            }
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (lineEnded) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                lineEnded = true;
                return -1;
            }
            int n = 0;
            while (n < len && pos < end) {
                byte c = buffer[pos++];
                if (c == '\n') {
                    lineEnded = true;
                    break;
                }
                b[off + n++] = c;
            }
            return n == 0 && lineEnded ? -1 : n;
        }
    }
}
