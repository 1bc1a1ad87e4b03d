package org.sitrep.extract.figure;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.Figures;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Adds the aggregate tallies of a report that are not one event's toll. */
public final class FigureStage extends BaseStage {
    private final FigureExtractor extractor;

    public FigureStage(FigureExtractor extractor) {
        super("figures", Set.of(Layer.BODY, Layer.READING, Layer.TIMES, Layer.NAMES, Layer.ATTRIBUTION,
                Layer.EVENTS), Set.of(Layer.FIGURES));
        this.extractor = extractor;
    }

    @Override
    public void process(Report report) {
        SentenceMentions mentions = SentenceMentions.of(report.reading(), report.names(), report.times());
        report.setFigures(new Figures(extractor.figures(report, mentions)));
    }
}
