package org.sitrep.source;

import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.util.Set;

/** Who published the report: metadata, the address, or the report naming itself. */
public final class OutletStage implements Stage {
    private final OutletDetector detector;

    public OutletStage(OutletDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "outlet";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.DRAFT, Layer.BODY);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.OUTLET);
    }

    @Override
    public void process(Report report) {
        report.setOutlet(detector.detect(report.draft().metadata(), report.body(), report.raw().source()));
    }
}
