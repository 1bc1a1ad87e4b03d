package org.sitrep.extract.figure;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.model.Tokens;

/** The words of {@code figure-cues.tsv} that tell a tally from one incident's toll, loaded once. */
public final class FigureCues {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/figure-cues.tsv";
    private static final int SINCE_REACH = 6;
    private static final int COMPARISON_REACH = 8;

    final CuePhrases<String> aggregate;
    final CuePhrases<String> several;
    final CuePhrases<String> incidents;
    final CuePhrases<String> comparison;
    final CuePhrases<String> clause;
    final CuePhrases<String> span;
    final CuePhrases<String> incident;
    final CuePhrases<String> determiner;
    final CuePhrases<String> when;

    private FigureCues(CueTable table) {
        aggregate = table.phrases("aggregate");
        several = table.phrases("several");
        incidents = table.phrases("incidents");
        comparison = table.phrases("comparison");
        clause = table.phrases("clause");
        span = table.phrases("span");
        incident = table.phrases("incident");
        determiner = table.phrases("determiner");
        when = table.phrases("when");
    }

    /** True when a comparison word ("heaviest", "worst") stands within {@code reach} tokens before {@code at}. */
    boolean comparisonBefore(Tokens tokens, int from, int at, int reach) {
        for (int k = Math.max(from, at - reach); k < at; k++) {
            if (comparison.startsAt(tokens, k, at)) {
                return true;
            }
        }
        return false;
    }

    /** True when "since" stands at or just before token {@code at} after a comparison ("the worst since 2019"). */
    boolean comparedSince(Tokens tokens, int from, int at) {
        for (int j = Math.max(from, at - SINCE_REACH); j <= at; j++) {
            if (tokens.isIgnoreCase(j, "since")) {
                return comparisonBefore(tokens, from, j, COMPARISON_REACH);
            }
        }
        return false;
    }

    public static FigureCues loadDefault() {
        return new FigureCues(CueTable.load(DEFAULT_RESOURCE));
    }
}
