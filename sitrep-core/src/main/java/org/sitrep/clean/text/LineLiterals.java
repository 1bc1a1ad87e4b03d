package org.sitrep.clean.text;

import org.sitrep.text.LiteralFinder;

import java.nio.CharBuffer;

/**
 * Which clauses of {@link GateLiterals} the current line satisfies, found in one pass over its folded form; used by
 * one cleaning on one thread. Lines are scanned in turn, and questions are about the last line scanned.
 */
final class LineLiterals {
    private final GateLiterals literals;
    private final String text;
    /** The scan (line number + 1) in which each clause was last satisfied; older marks need no clearing. */
    private final int[] seenIn;
    /** Where the clause's first literal in that line ends. */
    private final int[] firstEnd;
    private char[] folded = new char[256];
    private int scan;

    LineLiterals(GateLiterals literals, String text) {
        this.literals = literals;
        this.text = text;
        this.seenIn = new int[literals.clauses()];
        this.firstEnd = new int[literals.clauses()];
    }

    /** Reads line {@code line}, {@code text[from, to)}. */
    void scan(int line, int from, int to) {
        scan = line + 1;
        int n = to - from;
        if (folded.length < n) {
            folded = new char[Math.max(n, 2 * folded.length)];
        }
        for (int i = 0; i < n; i++) {
            folded[i] = CaseFold.fold(text.charAt(from + i));
        }
        // occurrences come in order of their ends: the first to satisfy a clause ends first
        for (LiteralFinder.Occurrence o : literals.finder().find(CharBuffer.wrap(folded, 0, n))) {
            int id = o.literal();
            int start = from + o.start();
            int end = start + literals.length(id);
            if (literals.asciiOnly(id) && !ascii(start, end)) {
                continue;
            }
            for (int clause : literals.clausesOf(id)) {
                if (seenIn[clause] != scan) {
                    seenIn[clause] = scan;
                    firstEnd[clause] = end;
                }
            }
        }
    }

    private boolean ascii(int from, int to) {
        for (int p = from; p < to; p++) {
            if (text.charAt(p) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether the scanned line holds a literal of the clause ending at or before {@code to}. */
    boolean satisfies(int clause, int to) {
        return seenIn[clause] == scan && firstEnd[clause] <= to;
    }
}
