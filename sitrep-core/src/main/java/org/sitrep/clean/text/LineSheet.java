package org.sitrep.clean.text;

import org.sitrep.model.Caption;

import java.time.LocalDate;

/**
 * The working sheet of one cleaning: the input split into lines (offsets of their trimmed content) and what each
 * step decided about each line. Used by one thread for one text, then dropped.
 */
final class LineSheet {
    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** Start of the part of the line that is kept (after a run-on appeal), normally {@code start}. */
    final int[] keptStart;
    /** Why the line was removed, or null while it is kept. */
    final String[] reason;
    final Caption[] caption;
    final boolean[] blockStart;
    final boolean[] listItem;
    final Signature[] signature;
    /** The embed link found in the line, or null. */
    final String[] link;
    /** Index of the embedded post the line belongs to, or -1. */
    final int[] post;
    /** Words in each line, counted when first asked for (-1 before): the steps ask about most lines repeatedly. */
    private final int[] words;

    /** A parsed signature line of an embedded post; {@code textEnd} is where post text on the same line ends. */
    record Signature(String author, String handle, LocalDate date, int textEnd) {
    }

    private LineSheet(String text, int size, int[] start, int[] end) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.keptStart = start.clone();
        this.reason = new String[size];
        this.caption = new Caption[size];
        this.blockStart = new boolean[size];
        this.listItem = new boolean[size];
        this.signature = new Signature[size];
        this.link = new String[size];
        this.post = new int[size];
        java.util.Arrays.fill(post, -1);
        this.words = new int[size];
        java.util.Arrays.fill(words, -1);
    }

    /** Splits on line feeds (a carriage return before one is dropped) and trims each line. */
    static LineSheet split(String text) {
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            count++;
        }
        int[] start = new int[count];
        int[] end = new int[count];
        int from = 0;
        for (int line = 0; line < count; line++) {
            int nl = text.indexOf('\n', from);
            int s = from;
            int e = nl < 0 ? text.length() : nl;
            from = e + 1;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            start[line] = s;
            end[line] = e;
        }
        return new LineSheet(text, count, start, end);
    }

    static boolean isSpace(char c) {
        if (c < 128) { // the ASCII answer of the general test below, without its table look-ups
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    boolean blank(int i) {
        return start[i] == end[i];
    }

    boolean kept(int i) {
        return reason[i] == null && !blank(i);
    }

    int length(int i) {
        return end[i] - start[i];
    }

    String content(int i) {
        return text.substring(start[i], end[i]);
    }

    char last(int i) {
        return text.charAt(end[i] - 1);
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    /** Words (runs of non-space characters) in the line, or {@code cap + 1} when there are more than {@code cap}. */
    int words(int i, int cap) {
        if (words[i] < 0) {
            words[i] = words(text, start[i], end[i], Integer.MAX_VALUE - 1);
        }
        return Math.min(words[i], cap + 1);
    }

    /** Words in {@code text[from, to)}, or {@code cap + 1} when there are more than {@code cap}. */
    static int words(String text, int from, int to, int cap) {
        int n = 0;
        boolean in = false;
        for (int p = from; p < to; p++) {
            boolean space = isSpace(text.charAt(p));
            if (!space && !in) {
                if (++n > cap) {
                    return n;
                }
            }
            in = !space;
        }
        return n;
    }

    /** The previous non-blank line, or -1. */
    int previousNonBlank(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!blank(j)) {
                return j;
            }
        }
        return -1;
    }

    /** The next non-blank line, or -1. */
    int nextNonBlank(int i) {
        for (int j = i + 1; j < size; j++) {
            if (!blank(j)) {
                return j;
            }
        }
        return -1;
    }

    void drop(int i, String why) {
        if (reason[i] == null && !blank(i)) {
            reason[i] = why;
        }
    }

    /** Ends like a sentence: final punctuation, possibly inside closing quotes or brackets. */
    boolean endsSentence(int i) {
        for (int p = end[i] - 1; p >= start[i]; p--) {
            char c = text.charAt(p);
            if (c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ';';
        }
        return false;
    }
}
