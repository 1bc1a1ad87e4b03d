package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;

/** What file names say: the document id, and whether a file in a folder is a report at all. */
public final class InputNames {
    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm",
            "xhtml");
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

    /** The id of a document: the file name without its report and compression extensions. */
    public static String idOf(String fileName) {
        String id = withoutCompression(fileName);
        String ext = extension(id);
        if (REPORT_EXTENSIONS.contains(ext)) {
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

    /** Null when a file found in a folder should be read, otherwise the reason to skip it. */
    public static String whyNotAReport(String fileName) {
        if (fileName.startsWith(".")) {
            return "hidden file";
        }
        String ext = reportExtension(fileName);
        if (!REPORT_EXTENSIONS.contains(ext)) {
            return ext.isEmpty() ? "no extension; reports are .txt, .md, .html or .htm (optionally .gz)"
                    : "." + ext + " is not a report format (.txt, .md, .html, .htm, optionally .gz)";
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
