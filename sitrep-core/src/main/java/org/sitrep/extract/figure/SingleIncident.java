package org.sitrep.extract.figure;

import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/**
 * A count of the killed or injured whose sentence ties it to one incident is that incident's toll, even when no
 * event of the report carries it: the sentence names one incident ("killed in Wednesday's attack", "during a
 * clearance operation", "in the riot") or the moment of it ("were killed when gunmen opened fire"). Asked after
 * the sieves of spans and aggregates, so "In June 2021, 160 were killed in that attack" stays a tally.
 */
final class SingleIncident implements FigureSieve {
    private static final int DETERMINER_REACH = 3;

    private final FigureCues cues;

    SingleIncident(FigureCues cues) {
        this.cues = cues;
    }

    @Override
    public Verdict judge(CountInContext c) {
        Tokens tokens = c.tokens();
        Sentence s = c.sentence();
        int to = s.endToken();
        for (int k = s.firstToken(); k < to; k++) {
            if (cues.incident.startsAt(tokens, k, to) && determined(tokens, s.firstToken(), k)) {
                return Verdict.NOT_FIGURE;
            }
        }
        for (int k = c.count().end(); k < to; k++) {
            if (cues.when.startsAt(tokens, k, to)) {
                return Verdict.NOT_FIGURE;
            }
        }
        return null;
    }

    /** True when a determiner stands a few words before the noun at {@code k} ("the suicide attack"). */
    private boolean determined(Tokens tokens, int from, int k) {
        for (int j = k - 1; j >= Math.max(from, k - DETERMINER_REACH); j--) {
            if (cues.determiner.startsAt(tokens, j, k)) {
                return true;
            }
            if (!tokens.word(j) && !tokens.text(j).equals("-")) {
                return false;
            }
        }
        return false;
    }
}
