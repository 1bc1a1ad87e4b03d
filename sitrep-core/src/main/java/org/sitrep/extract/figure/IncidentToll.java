package org.sitrep.extract.figure;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.time.TimeExpression;

/**
 * In a report whose events carry a toll, a count of the killed or injured told with no span and no aggregate is
 * that incident's toll told again, in part ("two other villagers were killed"), or as another source gives it
 * ("the preliminary toll stood at 20"): not a figure. A count far above every toll told elsewhere in the report
 * (more than {@value #FAR} times the largest) cannot be one of them told again: it is a tally, even when an event
 * was read from its own sentence, if that sentence tells no day ("Russian strikes on the region have killed 410
 * civilians" beside a strike that killed 12).
 */
final class IncidentToll implements FigureSieve {
    static final int FAR = 5;

    @Override
    public Verdict judge(CountInContext c) {
        long elsewhere = 0;
        boolean here = false;
        for (Event e : c.report().events().events()) {
            long toll = Math.max(value(e.fatalities()), value(e.injuries()));
            if (toll == 0) {
                continue;
            }
            if (from(e, c.sentence())) {
                here = true;
            } else {
                elsewhere = Math.max(elsewhere, toll);
            }
        }
        Long n = c.count().count();
        boolean far = n != null && elsewhere > 0 && n > FAR * elsewhere;
        if (here) { // the sentence tells an incident's toll: a far count is a tally only when no day is told
            return !far || dated(c) ? Verdict.NOT_FIGURE : null;
        }
        return elsewhere > 0 && !far ? Verdict.NOT_FIGURE : null;
    }

    /** True when the sentence tells a day of its own ("overnight", "on Sunday"), as an incident's telling does. */
    private static boolean dated(CountInContext c) {
        for (TimeExpression t : c.times()) {
            if (t.relation() == TimeExpression.Relation.ON && !t.background() && t.first() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean from(Event e, Sentence s) {
        for (Evidence ev : e.evidence()) {
            if (ev.start() < s.end() && ev.end() > s.start()) {
                return true;
            }
        }
        return false;
    }

    private static long value(Integer n) {
        return n == null ? 0 : n;
    }
}
