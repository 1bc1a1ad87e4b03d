package org.sitrep.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases with one slot that a phrase of another index fills: "{demonym} troops", "forces loyal to {country}".
 * Matching reads the slot's fill from its own index, so a pattern is kept once instead of once per fill: the
 * descriptions of every country would otherwise be a quarter of a million keys, built at every start.
 * A match equals what one index of every pattern written out with every fill would give: the same span,
 * and every pattern and fill that spell it. Built once; read-only afterwards and shared by all threads.
 *
 * @param <P> what a pattern stands for
 * @param <F> what a fill stands for
 */
final class SlotPhraseIndex<P, F> {
    /** A pattern and the fill read into its slot. */
    record Filled<P, F>(P pattern, F fill) {
    }

    private final PhraseIndex<P> patterns = new PhraseIndex<>(); // slot written as its marker word
    private final Map<String, PhraseIndex<F>> fills = new LinkedHashMap<>();
    /** The node of the words before a slot (the root when a pattern opens with it) -> its markers. */
    private final Map<PhraseIndex.Node<P>, List<String>> openers = new IdentityHashMap<>();
    /** Every word a match can start with: a pattern's first word, or a fill's when a pattern opens with its slot. */
    private final Set<String> starts = new HashSet<>();
    private final Map<String, Set<String>> fillStarts = new HashMap<>();

    /** The word a slot is keyed as: no folded token can spell it. */
    private static String marker(String slot) {
        return "\u0000" + slot;
    }

    /** Adds a pattern: its folded words before the slot, the slot's name and its folded words after. */
    void addPattern(List<String> before, String slot, List<String> after, P target) {
        List<String> words = new ArrayList<>(before);
        words.add(marker(slot));
        words.addAll(after);
        patterns.add(words, target);
        if (before.isEmpty()) {
            starts.addAll(fillStarts.computeIfAbsent(marker(slot), k -> new HashSet<>()));
        } else {
            starts.add(before.get(0));
        }
        PhraseIndex.Node<P> opener = patterns.root();
        for (String word : before) {
            opener = PhraseIndex.step(opener, word);
        }
        List<String> markers = openers.computeIfAbsent(opener, k -> new ArrayList<>(2));
        if (!markers.contains(marker(slot))) {
            markers.add(marker(slot));
        }
    }

    /** Adds a phrase (its folded words) that can fill {@code slot}. */
    void addFill(String slot, List<String> words, F target) {
        fills.computeIfAbsent(marker(slot), k -> new PhraseIndex<>()).add(words, target);
        if (!words.isEmpty()) {
            fillStarts.computeIfAbsent(marker(slot), k -> new HashSet<>()).add(words.get(0));
            if (openers.getOrDefault(patterns.root(), List.of()).contains(marker(slot))) {
                starts.add(words.get(0));
            }
        }
    }

    /**
     * The longest filled pattern starting at word {@code from} of {@code keys}, not going past {@code to},
     * with every pattern and fill that spell that span, patterns in the order they were added; null when none.
     */
    PhraseIndex.Match<Filled<P, F>> longest(String[] keys, boolean[] breaks, int from, int to) {
        if (keys[from] == null || !starts.contains(keys[from])) {
            return null;
        }
        Walk walk = new Walk(keys, breaks, from, to);
        walk.slotsAt(patterns.root(), from);
        PhraseIndex.Node<P> before = patterns.root();
        for (int i = from; i >= 0; i = PhraseIndex.nextWord(keys, breaks, i, to)) {
            before = PhraseIndex.step(before, keys[i]);
            if (before == null || !before.continues()) {
                break; // no pattern goes on past these words, to a slot or to more words
            }
            int next = PhraseIndex.nextWord(keys, breaks, i, to);
            if (next >= 0) {
                walk.slotsAt(before, next);
            }
        }
        return walk.best == null ? null : new PhraseIndex.Match<>(from, walk.bestTo, walk.best);
    }

    /** One search: the literal words before a slot are given; it tries every fill and the words after. */
    private final class Walk {
        private final String[] keys;
        private final boolean[] breaks;
        private final int to;
        private List<Filled<P, F>> best;
        private int bestTo;

        Walk(String[] keys, boolean[] breaks, int from, int to) {
            this.keys = keys;
            this.breaks = breaks;
            this.to = to;
        }

        /** Patterns whose words before the slot lead to {@code before}, their slot filled from token {@code at}. */
        void slotsAt(PhraseIndex.Node<P> before, int at) {
            List<String> markers = openers.get(before);
            if (markers == null) {
                return;
            }
            for (String marker : markers) {
                PhraseIndex<F> index = fills.get(marker);
                PhraseIndex.Node<F> fill = index == null ? null : PhraseIndex.step(index.root(), keys[at]);
                if (fill == null || fill.targets() == null && !fill.continues()) {
                    continue;
                }
                PhraseIndex.Node<P> opened = PhraseIndex.step(before, marker);
                fill = index.root();
                for (int i = at; i >= 0; i = PhraseIndex.nextWord(keys, breaks, i, to)) {
                    fill = PhraseIndex.step(fill, keys[i]);
                    if (fill == null) {
                        break;
                    }
                    if (fill.targets() != null) {
                        after(opened, i, fill.targets());
                    }
                    if (!fill.continues()) {
                        break;
                    }
                }
            }
        }

        /** The words after a slot filled up to token {@code last}, from the pattern node {@code opened}. */
        private void after(PhraseIndex.Node<P> opened, int last, List<F> filled) {
            PhraseIndex.Node<P> node = opened;
            for (int i = last; i >= 0 && node != null; ) {
                if (node.targets() != null) {
                    record(i + 1, node.targets(), filled);
                }
                if (!node.continues()) {
                    return;
                }
                i = PhraseIndex.nextWord(keys, breaks, i, to);
                if (i >= 0) {
                    node = PhraseIndex.step(node, keys[i]);
                }
            }
        }

        private void record(int end, List<P> found, List<F> filled) {
            if (best == null || end > bestTo) {
                best = new ArrayList<>(found.size() * filled.size());
                bestTo = end;
            } else if (end < bestTo) {
                return;
            }
            for (P p : found) {
                for (F f : filled) {
                    Filled<P, F> x = new Filled<>(p, f);
                    if (!best.contains(x)) {
                        best.add(x);
                    }
                }
            }
        }
    }
}
