package org.sitrep.clean.text;

import org.sitrep.text.LiteralFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every clause that gates a boilerplate rule (a set of literals, one of which a line must hold), numbered, with one
 * {@link LiteralFinder} over all their literals: a line is read once whatever the number of rules and gates, and
 * each literal found marks the clauses it satisfies. Two sorts of clause: those {@link RequiredLiterals} reads off
 * a pattern (literals matched in the line's {@link CaseFold folded} form, as the pattern would match them), and
 * those of the data file's {@code gate} lines (matched ignoring ASCII case only, on ASCII text only). Immutable.
 */
final class GateLiterals {
    private final LiteralFinder finder;
    private final int[] lengths;
    private final boolean[] asciiOnly;
    /** For each literal, the clauses it satisfies. */
    private final int[][] clausesOf;
    private final int clauses;

    private GateLiterals(Builder b) {
        this.finder = LiteralFinder.of(b.literals);
        this.lengths = b.literals.stream().mapToInt(String::length).toArray();
        this.asciiOnly = new boolean[lengths.length];
        this.clausesOf = new int[lengths.length][];
        for (int id = 0; id < lengths.length; id++) {
            asciiOnly[id] = b.asciiOnly.get(id);
            clausesOf[id] = b.clausesOf.get(id).stream().mapToInt(Integer::intValue).toArray();
        }
        this.clauses = b.clauses.size();
    }

    int clauses() {
        return clauses;
    }

    LiteralFinder finder() {
        return finder;
    }

    int length(int literal) {
        return lengths[literal];
    }

    boolean asciiOnly(int literal) {
        return asciiOnly[literal];
    }

    int[] clausesOf(int literal) {
        return clausesOf[literal];
    }

    /** Numbers clauses and their literals as the gates are built; equal clauses share a number. */
    static final class Builder {
        private final List<String> literals = new ArrayList<>();
        private final List<Boolean> asciiOnly = new ArrayList<>();
        private final List<Set<Integer>> clausesOf = new ArrayList<>();
        private final Map<String, Integer> literalIds = new HashMap<>();
        private final Map<Set<Integer>, Integer> clauses = new HashMap<>();

        /** A clause of literals a pattern requires, already folded. */
        int folded(Set<String> clause) {
            return clause(clause.stream().map(l -> literal(l, false)).toList());
        }

        /** The clause of a data-file gate line (ASCII literals): found in ASCII text ignoring case. */
        int ascii(List<String> clause) {
            return clause(clause.stream().map(l -> literal(l.toLowerCase(Locale.ROOT), true)).toList());
        }

        private int clause(List<Integer> literalIds) {
            Set<Integer> key = Set.copyOf(literalIds);
            Integer known = clauses.get(key);
            if (known != null) {
                return known;
            }
            int id = clauses.size();
            clauses.put(key, id);
            for (int literal : key) {
                clausesOf.get(literal).add(id);
            }
            return id;
        }

        private int literal(String literal, boolean ascii) {
            return literalIds.computeIfAbsent((ascii ? 'a' : 'f') + literal, key -> {
                literals.add(literal);
                asciiOnly.add(ascii);
                clausesOf.add(new LinkedHashSet<>());
                return literals.size() - 1;
            });
        }

        GateLiterals build() {
            return new GateLiterals(this);
        }
    }
}
