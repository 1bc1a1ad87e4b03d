package org.sitrep.clean.html;

import org.sitrep.model.ArticleDraft;
import org.sitrep.model.InputFormat;
import org.sitrep.model.PageMetadata;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;
import java.util.function.Supplier;

/** For HTML pages: the article's text, paragraph breaks kept, and what the page says about itself. */
public final class HtmlArticleStage extends BaseStage {
    private final Supplier<HtmlArticleExtractor> extractor;

    public HtmlArticleStage(HtmlArticleExtractor extractor) {
        this(() -> extractor);
    }

    /** With an extractor loaded only when a page comes (see {@link org.sitrep.util.Lazy}). */
    public HtmlArticleStage(Supplier<HtmlArticleExtractor> extractor) {
        super("html-article", Set.of(Layer.DECODED), Set.of(Layer.DRAFT));
        this.extractor = extractor;
    }

    @Override
    public void process(Report report) {
        if (report.decoded().format() != InputFormat.HTML) {
            return;
        }
        ArticleDraft draft = extractor.get().extract(report.decoded().text(), report.raw().source());
        PageMetadata given = report.raw().given();
        if (!given.isEmpty()) {
            // an article file whose text is markup: its scraper's fields first, as for text; an archived page: its
            // own meta tags first, then the archive's (when and where it was captured)
            PageMetadata metadata = report.raw().archived() != null ? draft.metadata().withFallback(given)
                    : given.withFallback(draft.metadata());
            draft = new ArticleDraft(draft.text(), metadata, draft.removedChars(), draft.captions());
        }
        report.setDraft(draft);
    }
}
