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
        text = withoutRules(text);
        return new Result(text, title == null || title.isEmpty() ? null : title);
    }

    /**
     * Empties every rule line: three or more of {@code - * _}, spaces and tabs around them. A scan, not a regular
     * expression: a repeated group recurses once per mark, and a rule of 3,000 marks overflowed the stack.
     */
    private static String withoutRules(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (isRule(text, start, end)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start);
                copied = end;
            }
            start = end + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isRule(String text, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '*' || c == '_') {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }
}
