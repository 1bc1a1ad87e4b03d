package org.sitrep.source;

import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.util.Set;

/** When the report was published: header or metadata first, then a dateline, then the body's own dates. */
public final class PublicationDateStage implements Stage {
    private final PublicationDater dater;

    public PublicationDateStage(PublicationDater dater) {
        this.dater = dater;
    }

    @Override
    public String name() {
        return "publication-date";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.DRAFT, Layer.BODY);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.PUBLICATION);
    }

    @Override
    public void process(Report report) {
        report.setPublication(dater.date(report.draft().metadata(), report.body()));
    }
}
