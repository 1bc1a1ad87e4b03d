package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs of quoted words in a text: straight double quotes, curly double quotes and curly single
 * quotes used as quotation marks (an apostrophe inside or at the end of a word, "Syria’s", "rebels’", is
 * not one). Each paragraph (line) is read on its own; a quote left open at a paragraph's end continues when
 * the next paragraph opens with a quotation mark, as news copy writes a quotation over several paragraphs.
 */
final class QuoteSpans {
    private static final char STRAIGHT = '"';
    private static final char OPEN_DOUBLE = '“';
    private static final char CLOSE_DOUBLE = '”';
    private static final char OPEN_SINGLE = '‘';
    private static final char CLOSE_SINGLE = '’';
    /** The fewest words before a closing mark no mark opened for them to be taken as a quotation. */
    private static final int MIN_UNOPENED_WORDS = 4;

    private QuoteSpans() {
    }

    /** Every run of quoted words, in order. */
    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        boolean pendingRunOn = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                int before = out.size();
                boolean opensWithMark = opensWithMark(text, lineStart, lineEnd);
                paragraph(text, lineStart, lineEnd, out);
                if (pendingRunOn && opensWithMark && out.size() > before) {
                    QuoteSpan first = out.get(before);
                    out.set(before, new QuoteSpan(first.open(), first.close(), first.start(), first.end(),
                            first.runsOn(), true));
                }
                pendingRunOn = out.size() > before && out.get(out.size() - 1).runsOn();
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean opensWithMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == STRAIGHT || c == OPEN_DOUBLE || c == OPEN_SINGLE;
            }
        }
        return false;
    }

    private static void paragraph(String text, int from, int to, List<QuoteSpan> out) {
        int paragraphFirst = out.size();
        int open = -1;
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == STRAIGHT) {
                if (open >= 0 && !single && (!(opening(text, i, from, to) && !closing(text, i, from))
                        || afterSentenceEnd(text, i, open))) {
                    add(text, open, i + 1, false, out);
                    open = -1;
                } else if (opening(text, i, from, to)) {
                    open = i; // a new quote, or one that restarts after a stray mark
                    single = false;
                }
            } else if (c == OPEN_DOUBLE) {
                open = i;
                single = false;
            } else if (c == CLOSE_DOUBLE) {
                if (open >= 0 && !single) {
                    add(text, open, i + 1, false, out);
                    open = -1;
                } else if (open < 0 && out.size() == paragraphFirst && i > from && ",.!?".indexOf(text.charAt(i - 1)) >= 0
                        && words(text, from, i) >= MIN_UNOPENED_WORDS) {
                    addUnopened(text, from, i + 1, out); // the opening mark was lost or left on the line before
                    paragraphFirst = -1;
                }
            } else if (c == OPEN_SINGLE) {
                if (open < 0 && opening(text, i, from, to) && closedLater(text, i + 1, to)) {
                    open = i;
                    single = true;
                }
            } else if (c == CLOSE_SINGLE && open >= 0 && single && !letterAt(text, i + 1, to)) {
                add(text, open, i + 1, false, out);
                open = -1;
            }
        }
        if (open >= 0) {
            add(text, open, to, true, out);
        }
    }

    /** A mark that opens: at the paragraph start or after a space or an opening bracket or dash, before a word. */
    private static boolean opening(String text, int i, int from, int to) {
        boolean after = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        return after && i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * A straight mark after a space that still closes the open quotation, because the words before the space
     * end a sentence or clause ("… on both areas now. "said X"): a crawler's stray space, not a new quote.
     */
    private static boolean afterSentenceEnd(String text, int i, int open) {
        int k = i - 1;
        while (k > open && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k > open + 1 && k < i - 1 && ".,!?".indexOf(text.charAt(k)) >= 0;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    /** A mark that closes: after a word or punctuation, not after a space. */
    private static boolean closing(String text, int i, int from) {
        return i > from && !Character.isWhitespace(text.charAt(i - 1));
    }

    /** True when a closing single quote (not an apostrophe inside a word) follows in the paragraph. */
    private static boolean closedLater(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == CLOSE_SINGLE && !letterAt(text, k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterAt(String text, int i, int to) {
        return i < to && Character.isLetterOrDigit(text.charAt(i));
    }

    /** A quotation from the paragraph's first word to a closing mark that no mark opened. */
    private static void addUnopened(String text, int from, int close, List<QuoteSpan> out) {
        int start = from;
        while (start < close && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = close - 1;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new QuoteSpan(start, close, start, end, false, false));
        }
    }

    private static void add(String text, int open, int close, boolean runsOn, List<QuoteSpan> out) {
        int start = open + 1;
        int end = runsOn ? close : close - 1;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new QuoteSpan(open, close, start, end, runsOn, false));
        }
    }
}
