package org.sitrep.clean.html;

import org.sitrep.model.InputFormat;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** For HTML pages: the article's text, paragraph breaks kept, and what the page says about itself. */
public final class HtmlArticleStage extends BaseStage {
    private final HtmlArticleExtractor extractor;

    public HtmlArticleStage(HtmlArticleExtractor extractor) {
        super("html-article", Set.of(Layer.DECODED), Set.of(Layer.DRAFT));
        this.extractor = extractor;
    }

    @Override
    public void process(Report report) {
        if (report.decoded().format() != InputFormat.HTML) {
            return;
        }
        report.setDraft(extractor.extract(report.decoded().text(), report.raw().source()));
    }
}
