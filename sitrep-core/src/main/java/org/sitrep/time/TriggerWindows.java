package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where in a text a family of expressions can occur: windows around the words that every such
 * expression contains (a month name, a weekday, "yesterday"), merged where they overlap. Running a
 * costly pattern only inside these windows gives the same matches as running it on the whole text,
 * as long as an expression reaches no further than {@code before} characters before its trigger word
 * and {@code after} after it.
 */
final class TriggerWindows {
    private final Set<String> triggers;
    private final boolean capitalisedOnly;
    private final int before;
    private final int after;

    /**
     * One bit per trigger's hash (lower case): an ASCII word whose bit is clear is no trigger, which most words
     * show without making a lower-case copy of themselves.
     */
    private final long[] triggerBits = new long[64];

    TriggerWindows(Set<String> triggers, boolean capitalisedOnly, int before, int after) {
        this.triggers = Set.copyOf(triggers);
        for (String t : this.triggers) {
            int b = bit(t.hashCode());
            triggerBits[b >>> 6] |= 1L << b;
        }
        this.capitalisedOnly = capitalisedOnly;
        this.before = before;
        this.after = after;
    }

    /** The first word of each phrase, lower case. */
    static Set<String> firstWords(java.util.Collection<String> phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String phrase : phrases) {
            String first = phrase.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            out.add(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
        }
        return out;
    }

    private static int bit(int hash) {
        return (hash ^ hash >>> 12) & 4095;
    }

    /** True when the ASCII word {@code text[start, end)} is certainly none of the triggers. */
    private boolean surelyNotTrigger(String text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return false; // left to the exact test
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        int b = bit(h);
        return (triggerBits[b >>> 6] & 1L << b) == 0;
    }

    /** Start and end offsets of the windows, in order. */
    List<int[]> of(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (capitalisedOnly && !Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            if (surelyNotTrigger(text, start, i)) {
                continue;
            }
            if (triggers.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                int from = Math.max(0, start - before);
                while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                    from--;
                }
                int to = Math.min(n, i + after);
                if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
                    windows.get(windows.size() - 1)[1] = to;
                } else {
                    windows.add(new int[] {from, to});
                }
            }
        }
        return windows;
    }
}
