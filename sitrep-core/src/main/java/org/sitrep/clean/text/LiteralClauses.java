package org.sitrep.clean.text;

import java.util.List;
import java.util.Set;

/**
 * A line's pre-test before a pattern runs on it: for every clause, the line holds one of its literals (numbers of
 * {@link GateLiterals}). No clauses: every line passes. Immutable.
 */
final class LiteralClauses {
    static final LiteralClauses NONE = new LiteralClauses(new int[0][]);

    private final int[][] clauses;

    private LiteralClauses(int[][] clauses) {
        this.clauses = clauses;
    }

    /** The clauses {@link RequiredLiterals} reads off a pattern. */
    static LiteralClauses required(String regex, GateLiterals.Builder literals) {
        List<Set<String>> cnf = RequiredLiterals.of(regex);
        int[][] clauses = new int[cnf.size()][];
        for (int c = 0; c < clauses.length; c++) {
            clauses[c] = cnf.get(c).stream().mapToInt(literals::folded).toArray();
        }
        return new LiteralClauses(clauses);
    }

    /** One clause of data-file gate literals, or {@link #NONE} when there is no gate. */
    static LiteralClauses gate(List<String> gateLiterals, GateLiterals.Builder literals) {
        if (gateLiterals == null) {
            return NONE;
        }
        return new LiteralClauses(new int[][] {gateLiterals.stream().mapToInt(literals::ascii).toArray()});
    }

    /** Whether the scanned line holds a literal of every clause ending at or before {@code to}. */
    boolean open(LineLiterals line, int to) {
        for (int[] clause : clauses) {
            if (!line.any(clause, to)) {
                return false;
            }
        }
        return true;
    }
}
