package org.sitrep.util;

/**
 * Keeps Java strings well-formed UTF-16: a surrogate without its other half becomes U+FFFD (a JSON or
 * CSV reader elsewhere would choke on it), and a string shortened for display is never cut between the two
 * halves of an emoji.
 */
public final class Utf16 {

    private Utf16() {
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD; the same instance when there is none. */
    public static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        int bad = firstLone(text);
        if (bad < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = bad; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                chars[i] = '\uFFFD';
            }
        }
        return new String(chars);
    }

    /** The index of the first lone surrogate of {@code text}, or -1. */
    public static int firstLone(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
        return -1;
    }

    /** {@code end}, or one less when a cut there would split a surrogate pair. */
    public static int cut(CharSequence text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    /** The first {@code end} characters of {@code text} (one fewer rather than half an emoji). */
    public static String prefix(String text, int end) {
        return text.substring(0, cut(text, end));
    }
}
