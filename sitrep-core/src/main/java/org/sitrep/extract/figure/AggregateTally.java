package org.sitrep.extract.figure;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.count.Casualty;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/**
 * A count whose sentence gives it a war, a campaign or several incidents as its cause ("the civil war, which
 * killed more than 300,000 people", "killed in the conflict", "killed 11 fighters in two separate operations",
 * "twin attacks") sums more than one incident: it is a tally even where one event carries a part of it. The
 * noun covers the count only when it stands close and no other clause comes between ("the conflict escalated
 * after 12 people were killed" tells one incident), and not inside a comparison ("the heaviest shelling since
 * the war").
 */
final class AggregateTally implements FigureSieve {
    private static final int REACH_BEFORE = 12;
    private static final int REACH_AFTER = 16;
    private static final int MODIFIER_REACH = 2;

    private final FigureCues cues;

    AggregateTally(FigureCues cues) {
        this.cues = cues;
    }

    @Override
    public Verdict judge(CountInContext c) {
        Tokens tokens = c.tokens();
        Sentence s = c.sentence();
        Casualty n = c.count();
        int to = s.endToken();
        for (int k = Math.max(s.firstToken(), n.first() - REACH_BEFORE); k < n.first(); k++) {
            int end = cause(tokens, k, to);
            if (end > 0 && !clauseBetween(tokens, end, n.first(), false) && !compared(tokens, s, k)) {
                return Verdict.FIGURE;
            }
        }
        for (int k = n.end(); k < Math.min(to, n.end() + REACH_AFTER); k++) {
            if (cause(tokens, k, to) > 0 && !clauseBetween(tokens, n.end(), k, true) && !compared(tokens, s, k)) {
                return Verdict.FIGURE;
            }
        }
        return null;
    }

    /** The end of an aggregate noun or of "two separate operations" starting at {@code k}, else -1. */
    private int cause(Tokens tokens, int k, int to) {
        CuePhrases.Match<String> m = cues.aggregate.at(tokens, k, to);
        if (m != null) {
            return m.end();
        }
        m = cues.several.at(tokens, k, to);
        if (m == null) {
            return -1;
        }
        for (int j = m.end(); j < Math.min(to, m.end() + MODIFIER_REACH); j++) {
            CuePhrases.Match<String> incident = cues.incidents.at(tokens, j, to);
            if (incident != null) {
                return incident.end();
            }
            if (!tokens.word(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when a word opening another clause stands between; after the count, "when" opens the telling of what
     * killed them ("were killed when gunmen attacked two bases"), so it does not part them.
     */
    private boolean clauseBetween(Tokens tokens, int from, int to, boolean after) {
        for (int k = from; k < to; k++) {
            if (cues.clause.startsAt(tokens, k, to) && !(after && cues.when.startsAt(tokens, k, to))) {
                return true;
            }
        }
        return false;
    }

    /** True when the noun at {@code k} ends a comparison: a superlative, then "since", then the noun. */
    private boolean compared(Tokens tokens, Sentence s, int k) {
        return cues.comparedSince(tokens, s.firstToken(), k);
    }
}
