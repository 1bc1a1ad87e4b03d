package org.sitrep.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every occurrence of any of a set of literals in one pass over a text (Aho–Corasick): what a list of
 * {@code indexOf} loops finds, at the cost of one. Literals are matched as given (lower-case them and the
 * text for a case-insensitive search). Built once; immutable and shared by all threads.
 */
public final class LiteralFinder {
    private static final int ASCII = 128;

    /** One occurrence: literal {@code literal} (its index in the list built from) at {@code start}. */
    public record Occurrence(int literal, int start) {
    }

    private final int[] ascii;                     // state * ASCII + char -> next state, -1 if none
    /**
     * state * ASCII + char -> the state after reading an ASCII char, failure links already followed: the
     * search reads an ASCII char (nearly every char of a report) with one look-up and no loop.
     */
    private final int[] asciiStep;
    private final Map<Long, Integer> other;        // (state << 32 | char) -> next state, for other chars
    private final int[] fail;
    private final int[][] outputs;                 // literal indexes ending at each state (own and by suffix)
    private final int[] lengths;

    private LiteralFinder(int[] ascii, int[] asciiStep, Map<Long, Integer> other, int[] fail, int[][] outputs,
                          int[] lengths) {
        this.ascii = ascii;
        this.asciiStep = asciiStep;
        this.other = other;
        this.fail = fail;
        this.outputs = outputs;
        this.lengths = lengths;
    }

    /** A finder of these literals (empty ones are never found). */
    public static LiteralFinder of(List<String> literals) {
        List<int[]> asciiRows = new ArrayList<>();
        Map<Long, Integer> other = new HashMap<>();
        List<List<Integer>> own = new ArrayList<>();
        asciiRows.add(emptyRow());
        own.add(new ArrayList<>());
        int[] lengths = new int[literals.size()];
        for (int id = 0; id < literals.size(); id++) {
            String literal = literals.get(id);
            lengths[id] = literal.length();
            if (literal.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                int next = step(asciiRows, other, state, c);
                if (next < 0) {
                    next = asciiRows.size();
                    asciiRows.add(emptyRow());
                    own.add(new ArrayList<>());
                    if (c < ASCII) {
                        asciiRows.get(state)[c] = next;
                    } else {
                        other.put(key(state, c), next);
                    }
                }
                state = next;
            }
            own.get(state).add(id);
        }
        int states = asciiRows.size();
        int[] ascii = new int[states * ASCII];
        for (int s = 0; s < states; s++) {
            System.arraycopy(asciiRows.get(s), 0, ascii, s * ASCII, ASCII);
        }
        // Breadth first: a state's failure is the longest proper suffix of its path that is also a path.
        int[] fail = new int[states];
        int[][] outputs = new int[states][];
        outputs[0] = new int[0];
        Map<Integer, List<long[]>> children = new HashMap<>(); // state -> {char, child}
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < ASCII; c++) {
                int child = ascii[s * ASCII + c];
                if (child >= 0) {
                    children.computeIfAbsent(s, k -> new ArrayList<>()).add(new long[] {c, child});
                }
            }
        }
        for (Map.Entry<Long, Integer> e : other.entrySet()) {
            int s = (int) (e.getKey() >>> 32);
            children.computeIfAbsent(s, k -> new ArrayList<>()).add(new long[] {e.getKey() & 0xffffffffL, e.getValue()});
        }
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        int[] order = new int[states];
        int ordered = 0;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            order[ordered++] = s;
            for (long[] edge : children.getOrDefault(s, List.of())) {
                char c = (char) edge[0];
                int child = (int) edge[1];
                int f = s == 0 ? 0 : fail[s];
                int target = -1;
                if (s != 0) {
                    while (true) {
                        target = next(ascii, other, f, c);
                        if (target >= 0 || f == 0) {
                            break;
                        }
                        f = fail[f];
                    }
                }
                fail[child] = target >= 0 && target != child ? target : 0;
                int[] inherited = outputs[fail[child]];
                List<Integer> mine = own.get(child);
                int[] out = Arrays.copyOf(inherited, inherited.length + mine.size());
                for (int k = 0; k < mine.size(); k++) {
                    out[inherited.length + k] = mine.get(k);
                }
                outputs[child] = out;
                queue.add(child);
            }
        }
        // In breadth-first order a state's failure comes before it, so its row is complete when read.
        int[] asciiStep = new int[states * ASCII];
        for (int k = 0; k < ordered; k++) {
            int s = order[k];
            for (int c = 0; c < ASCII; c++) {
                int child = ascii[s * ASCII + c];
                asciiStep[s * ASCII + c] = child >= 0 ? child : s == 0 ? 0 : asciiStep[fail[s] * ASCII + c];
            }
        }
        return new LiteralFinder(ascii, asciiStep, Map.copyOf(other), fail, outputs, lengths);
    }

    /** Every occurrence in {@code text}, in order of their ends. */
    public List<Occurrence> find(CharSequence text) {
        List<Occurrence> out = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                state = asciiStep[state * ASCII + c];
            } else {
                int n = next(ascii, other, state, c);
                while (n < 0 && state != 0) {
                    state = fail[state];
                    n = next(ascii, other, state, c);
                }
                state = Math.max(n, 0);
            }
            for (int id : outputs[state]) {
                out.add(new Occurrence(id, i + 1 - lengths[id]));
            }
        }
        return out;
    }

    private static int next(int[] ascii, Map<Long, Integer> other, int state, char c) {
        if (c < ASCII) {
            return ascii[state * ASCII + c];
        }
        Integer n = other.get(key(state, c));
        return n == null ? -1 : n;
    }

    private static int step(List<int[]> rows, Map<Long, Integer> other, int state, char c) {
        if (c < ASCII) {
            return rows.get(state)[c];
        }
        Integer n = other.get(key(state, c));
        return n == null ? -1 : n;
    }

    private static long key(int state, char c) {
        return (long) state << 32 | c;
    }

    private static int[] emptyRow() {
        int[] row = new int[ASCII];
        Arrays.fill(row, -1);
        return row;
    }
}
