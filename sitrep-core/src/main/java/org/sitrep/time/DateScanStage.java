package org.sitrep.time;

import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/**
 * Finds the body's expressions of time once: the dater reads them as evidence of the day of publication, the
 * time resolver places them. Finding them is the costliest scan of a report; it was made twice.
 */
public final class DateScanStage extends BaseStage {
    private final DateExpressions expressions;

    public DateScanStage(DateExpressions expressions) {
        super("date-scan", Set.of(Layer.BODY), Set.of(Layer.DATES));
        this.expressions = expressions;
    }

    @Override
    public void process(Report report) {
        report.setDates(expressions.find(report.body().text()));
    }
}
