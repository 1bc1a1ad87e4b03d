package org.sitrep.extract.figure;

import org.sitrep.model.FigureKind;

/**
 * Counts of the displaced, detained, missing, captured and rescued are figures: an event carries only the killed
 * and the injured, so an abduction's or an arrest's count is told by a figure even when the event is there.
 */
final class OtherKinds implements FigureSieve {

    @Override
    public Verdict judge(CountInContext c) {
        FigureKind k = c.count().kind();
        return k == FigureKind.KILLED || k == FigureKind.INJURED ? null : Verdict.FIGURE;
    }
}
