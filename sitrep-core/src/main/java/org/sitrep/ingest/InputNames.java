package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;

/** What file names say: the document id, and whether a file in a folder is a report at all. */
public final class InputNames {
    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm",
            "xhtml");
    /** Files of scraped articles (news-please, trafilatura): reports when their content says so. */
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("json", "jsonl", "ndjson");
    /** Web archives (WARC, and WET, the text Common Crawl extracts into WARC records): read record by record. */
    private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("warc", "wet");
    private static final Set<String> COMPRESSION_EXTENSIONS = Set.of("gz", "gzip");
    private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "notice", "changelog",
            "copying", "contributing", "authors");

    /**
     * The first line of the Markdown Sitrep writes itself: a folder walk skips a file that opens with it, so
     * a situation report saved beside the reports it was made from ({@code examples/REPORT.md}) is not read
     * back as one of them.
     */
    public static final String GENERATED_MARK = "<!-- written by Sitrep: a situation report, not a news report -->";

    private InputNames() {
    }

    /**
     * The id of a document: the file name without its report (or article file, or archive) and compression
     * extensions.
     */
    public static String idOf(String fileName) {
        String id = withoutCompression(fileName);
        String ext = extension(id);
        if (REPORT_EXTENSIONS.contains(ext) || ARTICLE_EXTENSIONS.contains(ext) || ARCHIVE_EXTENSIONS.contains(ext)) {
            id = id.substring(0, id.length() - ext.length() - 1);
        }
        return id.isEmpty() ? fileName : id;
    }

    /** The report extension of a name ({@code html} for {@code page.html.gz}), lower case, or "". */
    public static String reportExtension(String fileName) {
        return extension(withoutCompression(fileName));
    }

    private static String withoutCompression(String fileName) {
        String ext = extension(fileName);
        return COMPRESSION_EXTENSIONS.contains(ext) ? fileName.substring(0, fileName.length() - ext.length() - 1)
                : fileName;
    }

    /**
     * True for a name that may hold scraped articles ({@code .json}, {@code .jsonl}, {@code .ndjson}, optionally
     * {@code .gz}): a folder walk reads such a file when its content is articles ({@link ArticleJson}).
     */
    public static boolean mayHoldArticles(String fileName) {
        return ARTICLE_EXTENSIONS.contains(reportExtension(fileName));
    }

    /**
     * True for a web archive's name: {@code .warc} or {@code .wet}, optionally {@code .gz}, any case (Common Crawl's
     * {@code .warc.wet.gz} included).
     */
    public static boolean isArchive(String fileName) {
        return ARCHIVE_EXTENSIONS.contains(reportExtension(fileName));
    }

    /**
     * The id of a scraped article: the last segment of its address ({@code .../drone-strike-near-port.html} gives
     * {@code drone-strike-near-port}), else its title, as a lower-case slug; null when neither gives one.
     */
    public static String idOfArticle(String url, String title) {
        String id = url == null ? null : slug(idOf(lastSegment(url)), 80);
        if (id == null || id.chars().noneMatch(Character::isLetter)) {
            id = title == null ? null : slug(title, 60);
        }
        return id;
    }

    private static String lastSegment(String url) {
        String path = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "").replaceFirst("[?#].*$", "");
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                try {
                    return java.net.URLDecoder.decode(segments[i].replace("+", "%2B"),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return segments[i];
                }
            }
        }
        return "";
    }

    /** Lower-case ASCII letters and digits joined by single hyphens, cut at a word end; null when none are left. */
    static String slug(String text, int maxLength) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? null : slug;
    }

    /** Null when a file found in a folder should be read, otherwise the reason to skip it. */
    public static String whyNotAReport(String fileName) {
        if (fileName.startsWith(".")) {
            return "hidden file";
        }
        String ext = reportExtension(fileName);
        if (ARCHIVE_EXTENSIONS.contains(ext)) {
            return null;
        }
        if (!REPORT_EXTENSIONS.contains(ext)) {
            if (ARTICLE_EXTENSIONS.contains(ext)) {
                return "." + ext + " file that is not scraped articles (no \"maintext\" or \"text\" string)";
            }
            return ext.isEmpty() ? "no extension; reports are .txt, .md, .html or .htm (optionally .gz)"
                    : "." + ext + " is not a report format (.txt, .md, .html, .htm, optionally .gz; article .json)";
        }
        String stem = idOf(fileName).toLowerCase(Locale.ROOT);
        if (DOCUMENTATION.contains(stem)) {
            return "documentation file, not a report";
        }
        return null;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
