package org.sitrep.source;

import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** When the report was published: header or metadata first, then a dateline, then the body's own dates. */
public final class PublicationDateStage extends BaseStage {
    private final PublicationDater dater;

    public PublicationDateStage(PublicationDater dater) {
        super("publication-date", Set.of(Layer.DRAFT, Layer.BODY, Layer.DATES), Set.of(Layer.PUBLICATION));
        this.dater = dater;
    }

    @Override
    public void process(Report report) {
        report.setPublication(dater.date(report.draft().metadata(), report.body(), report.dates(),
                report.batchDates(), InputOrigin.of(report.raw())));
    }

    public PublicationDater dater() {
        return dater;
    }
}
