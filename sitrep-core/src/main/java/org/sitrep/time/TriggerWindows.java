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

    TriggerWindows(Set<String> triggers, boolean capitalisedOnly, int before, int after) {
        this.triggers = Set.copyOf(triggers);
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
