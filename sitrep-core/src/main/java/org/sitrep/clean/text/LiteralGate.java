package org.sitrep.clean.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A one-pass test for "does this line contain any of these literals" (ASCII case-insensitive), an Aho-Corasick
 * automaton compiled to a dense table. Regular expressions that search a whole line cost tens of nanoseconds per
 * character each; the gate lets them run only on the few lines that could match. Immutable.
 */
final class LiteralGate {
    private static final int ALPHABET = 128;
    private final int[] next;
    private final boolean[] accept;

    private LiteralGate(int[] next, boolean[] accept) {
        this.next = next;
        this.accept = accept;
    }

    /** A gate that lets through lines containing any of the literals (empty literals are ignored). */
    static LiteralGate of(List<String> literals) {
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        trie.add(newRow());
        ends.add(false);
        for (String literal : literals) {
            String lower = literal.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("gate literals must be ASCII: " + literal);
                }
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newRow());
                    ends.add(false);
                }
                state = trie.get(state)[c];
            }
            ends.set(state, true);
        }
        int states = trie.size();
        int[] table = new int[states * ALPHABET];
        boolean[] accept = new boolean[states];
        int[] fail = new int[states];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int child = trie.get(0)[c];
            table[c] = Math.max(child, 0);
            if (child > 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        accept[0] = ends.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            accept[s] = ends.get(s) || accept[fail[s]];
            for (int c = 0; c < ALPHABET; c++) {
                int child = trie.get(s)[c];
                if (child > 0) {
                    fail[child] = table[fail[s] * ALPHABET + c];
                    table[s * ALPHABET + c] = child;
                    queue.add(child);
                } else {
                    table[s * ALPHABET + c] = table[fail[s] * ALPHABET + c];
                }
            }
        }
        return new LiteralGate(table, accept);
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Whether {@code text[from, to)} contains one of the literals. */
    boolean passes(CharSequence text, int from, int to) {
        int state = 0;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= ALPHABET) {
                state = 0;
                continue;
            }
            state = next[state * ALPHABET + c];
            if (accept[state]) {
                return true;
            }
        }
        return false;
    }
}
