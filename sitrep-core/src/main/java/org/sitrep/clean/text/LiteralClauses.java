package org.sitrep.clean.text;

import java.util.List;

/**
 * A line's pre-test before a pattern runs on it: the line satisfies each of some clauses (numbers of
 * {@link GateLiterals}), that is holds one literal of each. No clauses: every line passes. Immutable.
 */
final class LiteralClauses {
    static final LiteralClauses NONE = new LiteralClauses(new int[0]);

    private final int[] clauses;

    private LiteralClauses(int[] clauses) {
        this.clauses = clauses;
    }

    /** The clauses {@link RequiredLiterals} reads off a pattern. */
    static LiteralClauses required(String regex, GateLiterals.Builder literals) {
        return new LiteralClauses(RequiredLiterals.of(regex).stream().mapToInt(literals::folded).toArray());
    }

    /** One clause of data-file gate literals, or {@link #NONE} when there is no gate. */
    static LiteralClauses gate(List<String> gateLiterals, GateLiterals.Builder literals) {
        return gateLiterals == null ? NONE : new LiteralClauses(new int[] {literals.ascii(gateLiterals)});
    }

    /** Whether the scanned line satisfies every clause with a literal ending at or before {@code to}. */
    boolean open(LineLiterals line, int to) {
        for (int clause : clauses) {
            if (!line.satisfies(clause, to)) {
                return false;
            }
        }
        return true;
    }
}
