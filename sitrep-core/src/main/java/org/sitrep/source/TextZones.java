package org.sitrep.source;

import org.sitrep.model.EmbeddedPost;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which parts of a body are not the report's own narration, line by line: sidebars and news feeds after
 * their heading, photo captions, embedded social-media posts and their signature lines, link listings.
 * Built per report from the body text; robust to boilerplate the cleaner left behind.
 */
public final class TextZones {

    /** What a line of the body is. */
    public enum Zone {
        /** The report's own words. */
        NARRATION,
        /** After a "News Feed"/"Most read"/"Related" heading. */
        SIDEBAR,
        /** A photo caption or credit line. */
        CAPTION,
        /** The text of an embedded post. */
        EMBED,
        /** The signature line of an embedded post ("— Name (@handle) November 27, 2024"). */
        EMBED_SIGNATURE,
        /** A line of a link listing, a timestamp or a date on its own. */
        LISTING
    }

    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[—–-]+\\s*[^\\n]{0,80}\\(@\\w{1,30}\\)[^\\n]*$");
    private static final Pattern EMBED_LINE = Pattern.compile("pic\\.twitter\\.com/|\\bt\\.co/|^\\s*#\\w");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\((?:[^()]{1,80}\\s/\\s[^()]{1,80}|[^()]{1,60}\\bvia\\b[^()]{1,60}|(?:photo|image|file)\\b[^()]{0,60})\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_START = Pattern.compile(
            "^\\s*(?:photo|image|picture|file photo|caption|video)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\s*\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:\\(.*\\))?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)]$");
    private static final int LONG_LINE = 200;

    private final int[] lineStarts;
    private final Zone[] zones;

    private TextZones(int[] lineStarts, Zone[] zones) {
        this.lineStarts = lineStarts;
        this.zones = zones;
    }

    /**
     * Reads the zones of {@code text}.
     *
     * @param text          the body
     * @param embeddedPosts posts the cleaner already marked (offsets into {@code text})
     * @param feedHeadings  lower-case headings that open a sidebar
     */
    public static TextZones of(String text, List<EmbeddedPost> embeddedPosts, List<String> feedHeadings) {
        int[] lineStarts = lineStarts(text);
        int n = lineStarts.length;
        Zone[] zones = new Zone[n];
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? lineStarts[i + 1] - 1 : text.length();
            lines[i] = text.substring(lineStarts[i], end);
            zones[i] = Zone.NARRATION;
        }
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            if (SIGNATURE.matcher(line).matches()) {
                zones[i] = Zone.EMBED_SIGNATURE;
                for (int j = i - 1, k = 0; j >= 0 && k < 4; j--, k++) {
                    String prev = lines[j].strip();
                    if (prev.isEmpty() || zones[j] == Zone.EMBED_SIGNATURE) {
                        break;
                    }
                    boolean postLike = k == 0 || mayEmbed(prev) && EMBED_LINE.matcher(prev).find()
                            || prev.length() < 80 && !SENTENCE_END.matcher(prev).find();
                    if (!postLike) {
                        break;
                    }
                    if (zones[j] == Zone.NARRATION) {
                        zones[j] = Zone.EMBED;
                    }
                }
            } else if (mayEmbed(line) && EMBED_LINE.matcher(line).find()) {
                zones[i] = Zone.EMBED;
            } else if (line.indexOf(':') >= 0 && CAPTION_START.matcher(line).find()
                    || line.stripTrailing().endsWith(")") && CAPTION_CREDIT.matcher(line).find()) {
                zones[i] = Zone.CAPTION;
            } else if (TIMESTAMP.matcher(line).matches()) {
                zones[i] = Zone.LISTING;
            }
        }
        for (EmbeddedPost post : embeddedPosts) {
            for (int i = 0; i < n; i++) {
                int ls = lineStarts[i];
                int le = ls + lines[i].length();
                if (le > post.start() && ls < post.end()) {
                    zones[i] = ls + lines[i].length() >= post.end() ? Zone.EMBED_SIGNATURE : Zone.EMBED;
                }
            }
        }
        markSidebars(text.length(), lineStarts, lines, zones, feedHeadings);
        return new TextZones(lineStarts, zones);
    }

    /**
     * False when {@link #EMBED_LINE} cannot occur in the line: it needs a post link or a '#'. The pattern alone
     * tries its three forms at every position of every line of every report.
     */
    private static boolean mayEmbed(String line) {
        return line.indexOf('#') >= 0 || line.contains("t.co/") || line.contains("pic.twitter.com/");
    }

    private static void markSidebars(int length, int[] lineStarts, String[] lines, Zone[] zones,
                                     List<String> headings) {
        for (int i = 0; i < lines.length; i++) {
            if (!isHeading(lines[i], headings)) {
                continue;
            }
            boolean late = lineStarts[i] > length / 2;
            zones[i] = Zone.SIDEBAR;
            for (int j = i + 1; j < lines.length; j++) {
                if (!late && lines[j].strip().length() >= LONG_LINE) {
                    break;
                }
                zones[j] = Zone.SIDEBAR;
            }
            if (late) {
                return;
            }
        }
    }

    static boolean isHeading(String line, List<String> headings) {
        String stripped = line.strip();
        // Lower-casing never shortens a text: a line too long as written is too long lower-cased, and most
        // lines of a report are; they are answered without a lower-case copy.
        if (withoutColon(stripped).length() > MAX_HEADING) {
            return false;
        }
        String l = withoutColon(stripped.toLowerCase(Locale.ROOT));
        if (l.isEmpty() || l.length() > MAX_HEADING) {
            return false;
        }
        for (String h : headings) {
            if (l.equals(h) || l.startsWith(h + " ") && h.contains(" ") && l.length() <= h.length() + 40) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_HEADING = 60;

    private static String withoutColon(String stripped) {
        return stripped.endsWith(":") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }

    /** The first offset of each line of {@code text}, in order. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1; // the first line starts at 0
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /** The zone of the line that holds {@code offset}. */
    public Zone at(int offset) {
        return zones[lineOf(offset)];
    }

    /** The first offset of the line that holds {@code offset}. */
    public int lineStart(int offset) {
        return lineStarts[lineOf(offset)];
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
