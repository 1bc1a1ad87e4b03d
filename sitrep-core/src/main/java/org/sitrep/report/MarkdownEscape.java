package org.sitrep.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Report text made safe to place in the Markdown situation report: whatever a report says, it shows as the words it
 * is and never becomes a link, an image, HTML, emphasis, code, a heading, a quote block, a list or a broken table.
 * Only what Markdown (CommonMark with GitHub's tables and strikethrough) would interpret is escaped, with a backslash,
 * so ordinary text reads as it did: a {@code *}, a backtick or a {@code ~} anywhere; an {@code _} at the edge of a word
 * (inside one it is plain); a {@code ]} that would close a link or an image ({@code ](}, {@code ][}, or at the end of the
 * text, where the report's own text follows); a {@code <} that would open HTML or an autolink; an {@code &} that would
 * start an entity; a backslash before punctuation; a {@code #}, {@code >}, {@code -}, {@code +} or {@code 1.} that
 * would open a block at the start of the text. A {@code [} alone is plain: the report defines no link references, and
 * no text can start a line to define one. Line breaks become spaces: every piece of report text sits on one line.
 */
public final class MarkdownEscape {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern BLOCK_START = Pattern.compile("#{1,6}(?=[ \\t]|$)|>|[-+](?=[ \\t]|$)"
            + "|[0-9]{1,9}[.)](?=[ \\t]|$)");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownEscape() {
    }

    /** Report text for a line of prose or a list item. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        int i = 0;
        java.util.regex.Matcher block = BLOCK_START.matcher(line);
        if (block.lookingAt()) { // "# x", "> x", "- x", "1. x" would open a heading, a quote, a list
            String marker = block.group();
            int cut = marker.length() - 1;
            out.append(marker, 0, cut).append('\\').append(marker.charAt(cut));
            i = marker.length();
        }
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '*', '`', '~' -> out.append('\\').append(c);
                case ']' -> {
                    char next = i + 1 < line.length() ? line.charAt(i + 1) : '(';
                    out.append(next == '(' || next == '[' ? "\\]" : "]");
                }
                case '<' -> {
                    char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
                    boolean opens = next < 128 && (Character.isLetter(next) || next == '/' || next == '!' || next == '?');
                    out.append(opens ? "\\<" : "<");
                }
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
                            && Character.isLetterOrDigit(line.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '&' -> out.append(ENTITY.matcher(line).region(i, line.length()).lookingAt() ? "\\&" : "&");
                case '\\' -> out.append(i + 1 < line.length() && PUNCTUATION.indexOf(line.charAt(i + 1)) >= 0
                        ? "\\\\" : "\\");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Report text for a table cell: as {@link #text}, and a {@code |} does not end the cell. */
    public static String cell(String text) {
        return text(text).replace("|", "\\|");
    }

    /**
     * A name as it was given (a path, an address) in a code span, shown exactly: the span's fence is longer than any
     * run of backticks in it. Line breaks become spaces.
     */
    public static String code(String text) {
        String line = oneLine(text == null ? "" : text);
        int longest = 0;
        for (int i = 0, run = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
        return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
    }

    /**
     * A link to {@code url} showing {@code text} when the address is an http or https URL; any other address
     * ({@code javascript:}, {@code data:}, a path) is shown as text, never as a link.
     */
    public static String link(String text, String url) {
        String address = httpAddress(url);
        if (address == null) {
            return text(text);
        }
        return "[" + text(text) + "](<" + address + ">)";
    }

    /** A name that is an http or https URL as a link to itself; any other name in a code span. */
    public static String source(String name) {
        return httpAddress(name) != null ? link(name, name) : code(name);
    }

    /** The address as a link destination (no space, line break or angle bracket), or null when not http(s). */
    private static String httpAddress(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.toASCIIString().replace("<", "%3C").replace(">", "%3E");
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
