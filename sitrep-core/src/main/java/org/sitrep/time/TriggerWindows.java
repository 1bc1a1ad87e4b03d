package org.sitrep.time;

import org.sitrep.util.HashGate;

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

    /** A gate on the triggers' hashes: most ASCII words are passed over without a lower-case copy. */
    private final HashGate gate;

    TriggerWindows(Set<String> triggers, boolean capitalisedOnly, int before, int after) {
        this.triggers = Set.copyOf(triggers);
        this.gate = HashGate.of(this.triggers);
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
        return !gate.mayHave(h);
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
                append(windows, from, Math.min(n, i + after));
            }
        }
        return windows;
    }

    /** Adds {@code [from, to)} to windows in order of their starts, merged into the last where they meet. */
    static void append(List<int[]> windows, int from, int to) {
        if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
            windows.get(windows.size() - 1)[1] = to;
        } else {
            windows.add(new int[] {from, to});
        }
    }
}
