package org.sitrep.time;

import org.sitrep.model.Times;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Resolves every time expression of the body to days, with ACLED time precision. */
public final class TimeStage extends BaseStage {
    private final TimeResolver resolver;

    public TimeStage(TimeResolver resolver) {
        super("times", Set.of(Layer.BODY, Layer.DATES, Layer.PUBLICATION), Set.of(Layer.TIMES));
        this.resolver = resolver;
    }

    @Override
    public void process(Report report) {
        report.setTimes(new Times(resolver.resolve(report.body().text(), report.dates(), report.publication().date())));
    }
}
