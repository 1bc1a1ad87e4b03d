package org.sitrep.pipeline;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.count.CasualtyReader;
import org.sitrep.extract.count.CasualtyToll;
import org.sitrep.extract.count.NumberReader;
import org.sitrep.extract.figure.FigureExtractor;
import org.sitrep.extract.figure.FigureStage;
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

import org.sitrep.extract.attribution.AttributionLexicon;
import org.sitrep.extract.attribution.AttributionStage;
import org.sitrep.extract.attribution.SourceFinder;
import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.extract.event.EventExtractor;
import org.sitrep.extract.event.EventStage;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.extract.quote.QuoteLexicon;
import org.sitrep.extract.quote.QuoteStage;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.names.ActorDictionary;
import org.sitrep.names.NameLexicon;
import org.sitrep.names.NameRecognizer;
import org.sitrep.names.NameResolver;
import org.sitrep.names.NamesStage;
import org.sitrep.relevance.RelevanceGate;
import org.sitrep.relevance.RelevanceStage;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.ReadingBuilder;
import org.sitrep.text.ReadingStage;
import org.sitrep.text.SentenceSplitter;
import org.sitrep.text.Tokenizer;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateScanStage;
import org.sitrep.time.TimeResolver;
import org.sitrep.time.TimeStage;
import org.sitrep.util.Lazy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The story of a report, in the order it is told: read, separate the article from its page, clean it,
 * date it, name its outlet, read its sentences, its times and its names. This is the one place the order of
 * stages is written down.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /**
     * Loads every shared resource once and builds the pipeline; the result serves all threads. The gazetteer
     * and the dictionaries built on it load on a second thread while the rest loads on this one.
     */
    public static Pipeline create() {
        // The gazetteer and the dictionaries built on it are the longest chain of loading: it starts first.
        CompletableFuture<Gazetteer> places = CompletableFuture.supplyAsync(Gazetteer::loadDefault);
        DateExpressions dates = DateExpressions.loadDefault();
        Abbreviations abbreviations = Abbreviations.loadDefault();
        Tokenizer tokenizer = new Tokenizer(abbreviations);
        CompletableFuture<ActorDictionary> known = places.thenApplyAsync(g -> ActorDictionary.loadDefault(g, tokenizer));
        CompletableFuture<NameLexicon> words = known.thenApply(a -> NameLexicon.loadDefault(joined(places), tokenizer,
                dates.words()));
        ReadingBuilder reader = new ReadingBuilder(SentenceSplitter.loadDefault(abbreviations), tokenizer);
        AcledTaxonomy taxonomy = AcledTaxonomy.loadDefault();
        AttributionLexicon attribution = AttributionLexicon.loadDefault();
        CasualtyLexicon casualtyWords = CasualtyLexicon.loadDefault();
        CasualtyReader casualties = new CasualtyReader(NumberReader.loadDefault(), casualtyWords);
        BoilerplateCleaner boilerplate = BoilerplateCleaner.loadDefault();
        OutletTable outlets = OutletTable.loadDefault();
        QuoteLexicon quotes = QuoteLexicon.loadDefault(attribution.speechVerbs());
        TriggerLexicon triggers = TriggerLexicon.loadDefault(taxonomy, casualtyWords);
        Gazetteer gazetteer = joined(places);
        ActorDictionary actors = joined(known);
        NameLexicon lexicon = joined(words);
        return new Pipeline(List.of(
                new DecodeStage(),                                        // bytes -> NFC text, format
                new HeaderLineStage(),                                    // text: 'date YYYY-MM-DD' header
                new HtmlArticleStage(Lazy.of(HtmlArticleExtractor::loadDefault)), // html: article + metadata
                new BoilerplateStage(boilerplate),                        // appeals, forms, feeds, captions
                new RelevanceStage(Lazy.of(() -> RelevanceGate.loadDefault(triggers, casualtyWords, actors))), // archived: English, on conflict
                new DateScanStage(dates),                                 // the body's expressions of time, once
                new TitleStage(),                                         // metadata title or text headline
                new PublicationDateStage(new PublicationDater(dates, Clock.systemUTC())), // header, dateline, body
                new OutletStage(new OutletDetector(outlets, dates)),      // metadata, address, self-naming
                new ReadingStage(reader),                                 // sentences and tokens
                new TimeStage(new TimeResolver(dates)),                   // dates, weekdays, spans -> days
                new NamesStage(new NameRecognizer(actors, lexicon, gazetteer), // people, organisations, places
                        new NameResolver(actors, new PlaceResolver(gazetteer), lexicon), reader),
                new AttributionStage(new SourceFinder(attribution)),     // who says so, how hedged
                new QuoteStage(quotes),                                   // direct quotations, speakers
                new EventStage(new EventExtractor(triggers, actors,
                        new CasualtyToll(casualties), attribution.speechVerbs(), gazetteer), taxonomy), // ACLED-coded events
                new FigureStage(new FigureExtractor(casualties, casualtyWords, attribution.speechVerbs())))); // tallies not one event's toll
    }

    /** A resource loaded on another thread, or what stopped it loading, as thrown there. */
    private static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
