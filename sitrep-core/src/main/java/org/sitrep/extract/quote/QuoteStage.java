package org.sitrep.extract.quote;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.Quotes;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.List;
import java.util.Set;

/** Adds every direct quotation of a report's body with its speaker, role and day. */
public final class QuoteStage extends BaseStage {
    private final QuoteReader reader;

    public QuoteStage(QuoteLexicon lexicon) {
        super("quotes", Set.of(Layer.READING, Layer.NAMES, Layer.TIMES), Set.of(Layer.QUOTES));
        this.reader = new QuoteReader(new SpeakerFinder(lexicon));
    }

    @Override
    public void process(Report report) {
        String text = report.body().text();
        SentenceMentions mentions = SentenceMentions.of(report.reading(), report.names(), report.times());
        List<QuoteDraft> drafts = reader.read(text, report.reading(), mentions, report.body().embeddedPosts());
        if (drafts.size() >= QuoteReader.MAX_DRAFTS) {
            report.warn("more than " + QuoteReader.MAX_DRAFTS + " quotations; the rest of the report not read for them");
        }
        report.setQuotes(new Quotes(QuoteJoiner.join(report.id(), text, drafts)));
    }
}
