package org.sitrep.clean.text;

import org.sitrep.text.LiteralFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every literal that gates a boilerplate rule, numbered, with one {@link LiteralFinder} over all of them: a line
 * is read once whatever the number of rules and gates. Two sorts of literal: those {@link RequiredLiterals} reads
 * off a pattern (matched in the line's {@link CaseFold folded} form, as the pattern would match them), and those of
 * the data file's {@code gate} lines (matched ignoring ASCII case only, on ASCII text only). Immutable.
 */
final class GateLiterals {
    private final LiteralFinder finder;
    private final int[] lengths;
    private final boolean[] asciiOnly;

    private GateLiterals(List<String> literals, List<Boolean> asciiOnly) {
        this.finder = LiteralFinder.of(literals);
        this.lengths = literals.stream().mapToInt(String::length).toArray();
        this.asciiOnly = new boolean[literals.size()];
        for (int i = 0; i < this.asciiOnly.length; i++) {
            this.asciiOnly[i] = asciiOnly.get(i);
        }
    }

    int size() {
        return lengths.length;
    }

    LiteralFinder finder() {
        return finder;
    }

    int length(int id) {
        return lengths[id];
    }

    boolean asciiOnly(int id) {
        return asciiOnly[id];
    }

    /** Numbers literals as the gates are built; the same literal of the same sort gets the same number. */
    static final class Builder {
        private final List<String> literals = new ArrayList<>();
        private final List<Boolean> asciiOnly = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();

        /** A literal a pattern requires, already folded. */
        int folded(String literal) {
            return id(literal, false);
        }

        /** A literal of a data-file gate line (ASCII): found in ASCII text ignoring case. */
        int ascii(String literal) {
            return id(literal.toLowerCase(Locale.ROOT), true);
        }

        private int id(String literal, boolean ascii) {
            return ids.computeIfAbsent((ascii ? 'a' : 'f') + literal, key -> {
                literals.add(literal);
                asciiOnly.add(ascii);
                return literals.size() - 1;
            });
        }

        GateLiterals build() {
            return new GateLiterals(literals, asciiOnly);
        }
    }
}
