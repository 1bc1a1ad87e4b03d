package org.sitrep.clean.html;

import org.sitrep.model.ArticleDraft;
import org.sitrep.model.InputFormat;
import org.sitrep.model.PageMetadata;
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
        ArticleDraft draft = extractor.extract(report.decoded().text(), report.raw().source());
        PageMetadata given = report.raw().given();
        if (!given.isEmpty()) { // an article file whose text is markup: its scraper's fields first, as for text
            draft = new ArticleDraft(draft.text(), given.withFallback(draft.metadata()), draft.removedChars(),
                    draft.captions());
        }
        report.setDraft(draft);
    }
}
