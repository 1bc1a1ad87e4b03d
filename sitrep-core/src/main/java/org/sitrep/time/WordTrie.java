package org.sitrep.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Phrases as word tries; {@code {n}} and {@code {unit}} are slots (a number, a time unit), matched by
 * {@link TimeLexicon#longest}. A reversed trie holds plain words read backwards from a position, for the cues
 * that stand right before an expression ({@link #endingBefore}). Built once, then only read.
 */
final class WordTrie<V> {
    final Node<V> root = new Node<>();

    void add(String phrase, V value, boolean reversed) {
        List<String> words = new ArrayList<>();
        for (String piece : phrase.strip().split("\\s+")) {
            if (piece.equals("{n}") || piece.equals("{unit}")) {
                words.add(piece);
                continue;
            }
            int i = 0;
            while (i < piece.length()) {
                if (!Character.isLetterOrDigit(piece.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < piece.length() && Character.isLetterOrDigit(piece.charAt(i))) {
                    i++;
                }
                words.add(piece.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        if (reversed) {
            Collections.reverse(words);
        }
        Node<V> node = root;
        for (String w : words) {
            node = node.child(w);
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /**
     * The longest cue of this reversed trie that ends right before {@code pos} (after white space, or after a
     * hyphen when {@code hyphen}), starting at or after {@code lowerBound}; null if none.
     */
    WordHit<V> endingBefore(TimeTokens tk, int pos, int lowerBound, boolean hyphen) {
        int last = tk.lastEndingBy(pos);
        if (last < 0 || tk.start[last] < lowerBound) {
            return null;
        }
        int gap = pos - tk.end[last];
        boolean ok = gap >= 1 && TimeTokens.blank(tk.text, tk.end[last], pos)
                || hyphen && gap == 1 && tk.text.charAt(tk.end[last]) == '-';
        if (!ok) {
            return null;
        }
        Node<V> node = root;
        WordHit<V> best = null;
        for (int i = last; i >= 0 && tk.start[i] >= lowerBound; i--) {
            if (i < last && !tk.spaced[i + 1]) {
                break;
            }
            node = node.find(tk, i);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new WordHit<>();
                best.from = i;
                best.to = last;
                best.value = node.value;
            }
        }
        return best;
    }

    static final class Node<V> {
        private final List<String> words = new ArrayList<>(2);
        private final List<Node<V>> nodes = new ArrayList<>(2);
        /** Open-addressed table of the children by the hash of their word. */
        private int[] hashes = new int[0];
        private int[] slots = new int[0];
        Node<V> number;
        Node<V> unit;
        V value;

        Node<V> child(String word) {
            if (word.equals("{n}")) {
                return number == null ? number = new Node<>() : number;
            }
            if (word.equals("{unit}")) {
                return unit == null ? unit = new Node<>() : unit;
            }
            int k = words.indexOf(word);
            if (k >= 0) {
                return nodes.get(k);
            }
            Node<V> n = new Node<>();
            words.add(word);
            nodes.add(n);
            int size = Integer.highestOneBit(words.size() * 4 - 1) << 1;
            hashes = new int[size];
            slots = new int[size];
            Arrays.fill(slots, -1);
            for (int j = 0; j < words.size(); j++) {
                int h = TimeTokens.hash(words.get(j), 0, words.get(j).length());
                int at = h & (size - 1);
                while (slots[at] >= 0) {
                    at = (at + 1) & (size - 1);
                }
                hashes[at] = h;
                slots[at] = j;
            }
            return n;
        }

        /** The child for word {@code i} of the text, compared without case, or null. */
        Node<V> find(TimeTokens tk, int i) {
            if (slots.length == 0) {
                return null;
            }
            int h = tk.hash[i];
            int mask = slots.length - 1;
            for (int at = h & mask; slots[at] >= 0; at = (at + 1) & mask) {
                if (hashes[at] == h) {
                    String w = words.get(slots[at]);
                    int len = tk.end[i] - tk.start[i];
                    if (w.length() == len && tk.text.regionMatches(true, tk.start[i], w, 0, len)) {
                        return nodes.get(slots[at]);
                    }
                }
            }
            return null;
        }
    }
}
