package org.sitrep.source;

import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Who published the report: metadata, the address, or the report naming itself. */
public final class OutletStage extends BaseStage {
    private final OutletDetector detector;

    public OutletStage(OutletDetector detector) {
        super("outlet", Set.of(Layer.DRAFT, Layer.BODY), Set.of(Layer.OUTLET));
        this.detector = detector;
    }

    @Override
    public void process(Report report) {
        report.setOutlet(detector.detect(report.draft().metadata(), report.body(), report.raw().source()));
    }
}
