package org.sitrep.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text (runs of letters and digits) with their offsets, cut once per text; the time phrases are
 * matched word by word over them, so no regular expression runs over the text.
 */
final class TimeTokens {
    final String text;
    int n;
    int[] start;
    int[] end;
    /** True when only white space (at least one character) separates the word from the one before. */
    boolean[] spaced;
    /** {@link #hash} of each word. */
    int[] hash;

    TimeTokens(String text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 5);
        start = new int[cap];
        end = new int[cap];
        hash = new int[cap];
        spaced = new boolean[cap];
        char[] chars = text.toCharArray();
        int len = chars.length;
        int i = 0;
        boolean blankGap = true;
        while (i < len) {
            char c = chars[i];
            if (!wordChar(c)) {
                blankGap &= c == ' ' || c == '\u00a0' || Character.isWhitespace(c);
                i++;
                continue;
            }
            int s = i;
            int h = 0;
            while (i < len && wordChar(c = chars[i])) {
                h = 31 * h + fold(c);
                i++;
            }
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
                hash = Arrays.copyOf(hash, n * 2);
                spaced = Arrays.copyOf(spaced, n * 2);
            }
            start[n] = s;
            end[n] = i;
            hash[n] = h * 0x9E3779B9 >>> 7;
            spaced[n] = n > 0 && blankGap && s > end[n - 1];
            blankGap = true;
            n++;
        }
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** A hash of a word that ignores case, the same for the data's words and the text's. */
    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h * 0x9E3779B9 >>> 7;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** True when nothing but white space stands between {@code from} and {@code to}. */
    static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    boolean is(int i, String lowerWord) {
        int len = end[i] - start[i];
        return len == lowerWord.length() && text.regionMatches(true, start[i], lowerWord, 0, len);
    }

    String lower(int i) {
        return text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
    }

    /** True for a word of one to four digits. */
    boolean digits(int i) {
        if (end[i] - start[i] > 4) {
            return false;
        }
        for (int k = start[i]; k < end[i]; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    int intValue(int i) {
        int v = 0;
        for (int k = start[i]; k < end[i]; k++) {
            v = v * 10 + text.charAt(k) - '0';
        }
        return v;
    }

    /** The first word starting at or after {@code pos}; {@code n} if none. */
    int firstStartingFrom(int pos) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last word ending at or before {@code pos}; -1 if none. */
    int lastEndingBy(int pos) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
