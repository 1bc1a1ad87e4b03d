package org.sitrep.clean.html;

import org.sitrep.model.InputFormat;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.util.Set;

/** For HTML pages: the article's text, paragraph breaks kept, and what the page says about itself. */
public final class HtmlArticleStage implements Stage {
    private final HtmlArticleExtractor extractor;

    public HtmlArticleStage(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "html-article";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.DECODED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.DRAFT);
    }

    @Override
    public void process(Report report) {
        if (report.decoded().format() != InputFormat.HTML) {
            return;
        }
        report.setDraft(extractor.extract(report.decoded().text(), report.raw().source()));
    }
}
