package org.sitrep.extract.attribution;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.Attributions;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Adds, for every sentence, who it says its facts come from and how it hedges them. */
public final class AttributionStage extends BaseStage {
    private final SourceFinder finder;

    public AttributionStage(SourceFinder finder) {
        super("attribution", Set.of(Layer.READING, Layer.NAMES, Layer.TIMES), Set.of(Layer.ATTRIBUTION));
        this.finder = finder;
    }

    @Override
    public void process(Report report) {
        SentenceMentions mentions = SentenceMentions.of(report.reading(), report.names(), report.times());
        report.setAttributions(new Attributions(finder.frames(report.body().text(), report.reading(), mentions,
                report.names().focus())));
    }
}
