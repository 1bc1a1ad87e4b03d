package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Markdown reports to plain text: the first level-one heading is the title; link, image and emphasis
 * syntax is reduced to its words; heading marks and block-quote marks are dropped. Line structure is
 * kept, so paragraphs stay paragraphs.
 */
final class MarkdownText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,300})\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S[^\\n]{0,300}?\\S|\\S)\\1");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^>[ \\t]?");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_][ \\t]*){3,}$");

    /** Plain text and the title, if the text opens with a level-one heading. */
    record Result(String text, String title) {
    }

    private MarkdownText() {
    }

    static Result strip(String markdown) {
        String title = null;
        String text = markdown;
        String lead = text.stripLeading();
        if (lead.startsWith("# ")) {
            int end = lead.indexOf('\n');
            title = (end < 0 ? lead.substring(2) : lead.substring(2, end)).strip();
            text = end < 0 ? "" : lead.substring(end + 1);
        }
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = HEADING.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        return new Result(text, title == null || title.isEmpty() ? null : title);
    }
}
