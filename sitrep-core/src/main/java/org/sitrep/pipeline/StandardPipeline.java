package org.sitrep.pipeline;

import org.sitrep.clean.html.HtmlArticleExtractor;
import org.sitrep.clean.html.HtmlArticleStage;
import org.sitrep.clean.text.BoilerplateCleaner;
import org.sitrep.clean.text.BoilerplateStage;
import org.sitrep.ingest.DecodeStage;
import org.sitrep.ingest.HeaderLineStage;
import org.sitrep.source.OutletDetector;
import org.sitrep.source.OutletStage;
import org.sitrep.source.OutletTable;
import org.sitrep.source.PublicationDateStage;
import org.sitrep.source.PublicationDater;
import org.sitrep.source.TitleStage;

import org.sitrep.time.DateExpressions;

import java.time.Clock;
import java.util.List;

/**
 * The story of a report, in the order it is told: read, separate the article from its page, clean it,
 * date it, name its outlet. This is the one place the order of stages is written down.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** Loads every shared resource once and builds the pipeline; the result serves all threads. */
    public static Pipeline create() {
        DateExpressions dates = DateExpressions.loadDefault();
        return new Pipeline(List.of(
                new DecodeStage(),                                        // bytes -> NFC text, format
                new HeaderLineStage(),                                    // text: 'date YYYY-MM-DD' header
                new HtmlArticleStage(HtmlArticleExtractor.loadDefault()), // html: main article + metadata
                new BoilerplateStage(BoilerplateCleaner.loadDefault()),   // appeals, forms, feeds, captions
                new TitleStage(),                                         // metadata title or text headline
                new PublicationDateStage(new PublicationDater(dates, Clock.systemUTC())), // header, dateline, body
                new OutletStage(new OutletDetector(OutletTable.loadDefault(), dates))));   // metadata, address, self-naming
    }
}
