package org.sitrep.time;

import org.sitrep.util.HashGate;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The ASCII triggers and their hashes, side by side: an ASCII word is compared in place, without a copy. */
    private final String[] asciiTriggers;
    private final int[] asciiHashes;

    TriggerWindows(Set<String> triggers, boolean capitalisedOnly, int before, int after) {
        this.triggers = Set.copyOf(triggers);
        this.gate = HashGate.of(this.triggers);
        this.asciiTriggers = this.triggers.stream().filter(t -> t.chars().allMatch(c -> c < 128)).sorted()
                .toArray(String[]::new);
        this.asciiHashes = Arrays.stream(asciiTriggers).mapToInt(String::hashCode).toArray();
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
        return new Walk(List.of(this)).windows(text).get(0).windows();
    }

    /**
     * The windows of one family in a text, and where its trigger words start (each inside a window).
     *
     * @param windows start and end offsets of the windows, in order
     * @param starts  the first offset of each trigger word, in order
     */
    record Found(List<int[]> windows, int[] starts) {
    }

    /**
     * True when the ASCII word {@code text[start, end)}, whose lower-case form has hash {@code hash}, is a
     * trigger. Between ASCII letters a case-blind comparison is the comparison of their lower-case forms.
     */
    private boolean isAsciiTrigger(String text, int start, int end, int hash) {
        for (int k = 0; k < asciiHashes.length; k++) {
            if (asciiHashes[k] == hash && asciiTriggers[k].length() == end - start
                    && text.regionMatches(true, start, asciiTriggers[k], 0, end - start)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the window of the trigger word {@code text[start, end)}. */
    private void open(String text, int start, int end, List<int[]> windows) {
        int from = Math.max(0, start - before);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        append(windows, from, Math.min(text.length(), end + after));
    }

    /**
     * The windows of several families found in one walk over the words of a text. Each word is read once: its
     * bounds, its case and the hash of its lower-case form serve every family; a lower-case copy is made only
     * for a word some family's hash gate lets through.
     */
    static final class Walk {
        private final TriggerWindows[] families;

        Walk(List<TriggerWindows> families) {
            this.families = families.toArray(TriggerWindows[]::new);
        }

        /** For each family, in the order given: its windows and trigger words in {@code text}. */
        List<Found> windows(String text) {
            int count = families.length;
            List<List<int[]>> windows = new ArrayList<>(count);
            int[][] starts = new int[count][];
            int[] found = new int[count];
            for (int f = 0; f < count; f++) {
                windows.add(new ArrayList<>());
                starts[f] = new int[8];
            }
            char[] chars = text.toCharArray();
            int n = chars.length;
            int i = 0;
            while (i < n) {
                if (!isLetter(chars[i])) {
                    i++;
                    continue;
                }
                int start = i;
                // the hash of the ASCII-lowered word, as String.hashCode of its lower-case form
                int hash = 0;
                boolean ascii = true;
                for (; i < n && isLetter(chars[i]); i++) {
                    char c = chars[i];
                    ascii &= c < 128;
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                }
                boolean capitalised = Character.isUpperCase(chars[start]);
                String lower = null;
                for (int f = 0; f < count; f++) {
                    TriggerWindows family = families[f];
                    if (family.capitalisedOnly && !capitalised || ascii && !family.gate.mayHave(hash)) {
                        continue;
                    }
                    boolean trigger;
                    if (ascii) {
                        trigger = family.isAsciiTrigger(text, start, i, hash);
                    } else {
                        if (lower == null) {
                            lower = text.substring(start, i).toLowerCase(Locale.ROOT);
                        }
                        trigger = family.triggers.contains(lower);
                    }
                    if (trigger) {
                        family.open(text, start, i, windows.get(f));
                        if (found[f] == starts[f].length) {
                            starts[f] = Arrays.copyOf(starts[f], found[f] * 2);
                        }
                        starts[f][found[f]++] = start;
                    }
                }
            }
            List<Found> out = new ArrayList<>(count);
            for (int f = 0; f < count; f++) {
                out.add(new Found(windows.get(f), Arrays.copyOf(starts[f], found[f])));
            }
            return out;
        }

        /** {@link Character#isLetter(char)}, answered from the ASCII ranges without a table look-up. */
        private static boolean isLetter(char c) {
            return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
        }
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
