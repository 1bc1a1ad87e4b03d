package org.sitrep.ingest;

import org.sitrep.model.InputFormat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether decoded text is HTML, Markdown or plain text: content first, the file name second. */
public final class FormatSniffer {
    private static final Pattern DOCUMENT_MARKERS = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "</?(p|div|span|article|section|a|br|h[1-6]|ul|li|table|script|style)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    private FormatSniffer() {
    }

    public static InputFormat sniff(String text, String fileName) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (hasHtmlMarkers(head)) {
            return InputFormat.HTML;
        }
        String ext = InputNames.reportExtension(fileName).toLowerCase(Locale.ROOT);
        if (ext.startsWith("htm") || ext.equals("xhtml")) {
            return InputFormat.HTML;
        }
        if (ext.equals("md") || ext.equals("markdown")) {
            return InputFormat.MARKDOWN;
        }
        return InputFormat.TEXT;
    }

    /** True when the start of a text shows a document's tags or many block tags. */
    static boolean hasHtmlMarkers(String head) {
        if (head.indexOf('<') < 0) {
            return false;
        }
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") && DOCUMENT_MARKERS.matcher(trimmed).find()) {
            return true;
        }
        if (DOCUMENT_MARKERS.matcher(head).find() && head.indexOf("<") < 512) {
            return true;
        }
        Matcher tags = BLOCK_TAGS.matcher(head);
        int count = 0;
        while (tags.find()) {
            if (++count >= 6) {
                return true;
            }
        }
        return false;
    }
}
