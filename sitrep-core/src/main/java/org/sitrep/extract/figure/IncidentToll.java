package org.sitrep.extract.figure;

import org.sitrep.model.Event;

/**
 * In a report whose events carry a toll, a count of the killed or injured told with no span and no aggregate is
 * that incident's toll told again, in part ("two other villagers were killed"), or as another source gives it
 * ("the preliminary toll stood at 20"): not a figure.
 */
final class IncidentToll implements FigureSieve {

    @Override
    public Verdict judge(CountInContext c) {
        for (Event e : c.report().events().events()) {
            if (positive(e.fatalities()) || positive(e.injuries())) {
                return Verdict.NOT_FIGURE;
            }
        }
        return null;
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }
}
