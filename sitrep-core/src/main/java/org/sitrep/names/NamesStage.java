package org.sitrep.names;

import org.sitrep.model.Caption;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.text.ReadingBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the people, organisations, actors and places of a report, in its body and its photo captions, and
 * settles what each refers to.
 */
public final class NamesStage extends BaseStage {
    private final NameRecognizer recognizer;
    private final NameResolver resolver;
    private final ReadingBuilder captionReader;

    public NamesStage(NameRecognizer recognizer, NameResolver resolver, ReadingBuilder captionReader) {
        super("names", Set.of(Layer.BODY, Layer.READING, Layer.OUTLET), Set.of(Layer.NAMES));
        this.recognizer = recognizer;
        this.resolver = resolver;
        this.captionReader = captionReader;
    }

    @Override
    public void process(Report report) {
        List<Candidate> candidates = new ArrayList<>(recognizer.find(report.body().text(), report.reading(), 0));
        List<Caption> captions = report.body().captions();
        for (int k = 0; k < captions.size(); k++) {
            String text = captionText(captions.get(k));
            Reading r = captionReader.read(text);
            candidates.addAll(recognizer.find(text, r, k + 1));
        }
        String outlet = report.has(Layer.OUTLET) ? report.outlet().name() : null;
        report.setNames(resolver.resolve(candidates, outlet, report.body().text()));
    }

    /** A caption with its credit, as the recogniser reads it (zone offsets point into this string). */
    public static String captionText(Caption c) {
        String text = c.text() == null ? "" : c.text();
        return c.credit() == null || c.credit().isBlank() ? text : text + " (" + c.credit() + ")";
    }
}
