package org.sitrep.source;

import org.sitrep.model.InputFormat;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** The report's headline: from the page or header metadata, else from the top of a scraped text. */
public final class TitleStage extends BaseStage {
    private final HeadlineFinder finder = new HeadlineFinder();

    public TitleStage() {
        super("title", Set.of(Layer.DRAFT, Layer.BODY), Set.of(Layer.TITLE));
    }

    @Override
    public void process(Report report) {
        String title = report.draft().metadata().title();
        if (title == null && report.decoded().format() != InputFormat.HTML) {
            title = finder.find(report.body().text());
        }
        report.setTitle(title);
    }
}
