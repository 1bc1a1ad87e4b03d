package org.sitrep.source;

import java.util.regex.Pattern;

/**
 * The headline of a scraped text report, when the scrape kept it: a line near the top, after at most
 * a few words of navigation or masthead, that reads as a headline (five words or more, no full stop at
 * its end, not a dateline) and is followed by the body.
 */
public final class HeadlineFinder {
    private static final int MAX_LINES_BEFORE = 6;
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]{2,40},.{0,40}[-–—:]\\s");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The headline, or null when the text opens straight with its first paragraph. */
    public String find(String text) {
        int pos = 0;
        int seen = 0;
        while (pos < text.length() && seen <= MAX_LINES_BEFORE) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                return null;
            }
            String line = text.substring(pos, end).strip();
            pos = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            int words = words(line);
            if (words <= 4 && !line.endsWith(".")) {
                continue;
            }
            if (!looksLikeHeadline(line, words)) {
                return null;
            }
            String next = nextLine(text, pos);
            return next != null && (words(next) > words || next.endsWith(".")) ? line : null;
        }
        return null;
    }

    private static boolean looksLikeHeadline(String line, int words) {
        if (words < 5 || words > 30 || line.length() > 220) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        return Character.isUpperCase(line.codePointAt(0)) && !DATELINE.matcher(line).find();
    }

    private static String nextLine(String text, int pos) {
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
            if (!line.isEmpty()) {
                return line;
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return null;
    }

    private static int words(String line) {
        return (int) WORD.matcher(line).results().count();
    }
}
