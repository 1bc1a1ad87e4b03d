package org.sitrep.extract.figure;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;

/**
 * A count an event read from the same sentence numbers is that event's, not a tally: "police arrested 14
 * people" is the arrest (the event types that carry a kind of count come from {@code casualty-words.tsv}).
 */
final class ArrestEvent implements FigureSieve {
    private final CasualtyLexicon words;

    ArrestEvent(CasualtyLexicon words) {
        this.words = words;
    }

    @Override
    public Verdict judge(CountInContext c) {
        Sentence s = c.sentence();
        for (Event e : c.report().events().events()) {
            if (!words.carries(e.subEventType(), c.count().kind())) {
                continue;
            }
            for (Evidence ev : e.evidence()) {
                if (ev.start() < s.end() && ev.end() > s.start()) {
                    return Verdict.NOT_FIGURE;
                }
            }
        }
        return null;
    }
}
