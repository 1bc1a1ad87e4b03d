package org.sitrep.pipeline;

import org.sitrep.model.ArticleDraft;
import org.sitrep.model.Attributions;
import org.sitrep.model.Events;
import org.sitrep.model.Figures;
import org.sitrep.model.Quotes;
import org.sitrep.model.CleanBody;
import org.sitrep.model.DecodedText;
import org.sitrep.model.Outlet;
import org.sitrep.model.Publication;
import org.sitrep.model.Names;
import org.sitrep.model.Reading;
import org.sitrep.model.Times;
import org.sitrep.model.RawInput;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The in-memory document model of one report as it passes through the pipeline. Each layer is an
 * immutable record, set once by the stage that adds it; reading a layer that is not there yet is a
 * programming error and fails loudly.
 */
public final class Report {
    private final RawInput raw;
    private DecodedText decoded;
    private ArticleDraft draft;
    private CleanBody body;
    private Publication publication;
    private List<org.sitrep.time.DateMention> dates;
    private String title;
    private boolean titleSet;
    private Outlet outlet;
    private Reading reading;
    private Names names;
    private Times times;
    private Attributions attributions;
    private Quotes quotes;
    private Events events;
    private Figures figures;
    private final Set<Layer> present = EnumSet.of(Layer.RAW);
    private final List<String> warnings = new ArrayList<>(0);
    private org.sitrep.source.BatchDates batchDates;

    public Report(RawInput raw) {
        this.raw = Objects.requireNonNull(raw);
    }

    public String id() {
        return raw.id();
    }

    public RawInput raw() {
        return raw;
    }

    public DecodedText decoded() {
        return require(Layer.DECODED, decoded);
    }

    public ArticleDraft draft() {
        return require(Layer.DRAFT, draft);
    }

    public CleanBody body() {
        return require(Layer.BODY, body);
    }

    /** The body's expressions of time, in order of position. */
    public List<org.sitrep.time.DateMention> dates() {
        return require(Layer.DATES, dates);
    }

    public Publication publication() {
        return require(Layer.PUBLICATION, publication);
    }

    /** The headline, or null when the report has none (the layer itself must be present). */
    public String title() {
        if (!titleSet) {
            throw new IllegalStateException("layer " + Layer.TITLE + " has not been added to " + raw.id());
        }
        return title;
    }

    public Outlet outlet() {
        return require(Layer.OUTLET, outlet);
    }

    public Reading reading() {
        return require(Layer.READING, reading);
    }

    public Names names() {
        return require(Layer.NAMES, names);
    }

    public Times times() {
        return require(Layer.TIMES, times);
    }

    public Attributions attributions() {
        return require(Layer.ATTRIBUTION, attributions);
    }

    public Quotes quotes() {
        return require(Layer.QUOTES, quotes);
    }

    public Events events() {
        return require(Layer.EVENTS, events);
    }

    public Figures figures() {
        return require(Layer.FIGURES, figures);
    }

    /** Problems that did not stop the analysis (bad bytes replaced, a page with no article found). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    /** The dates the other reports of the batch lend this one (set before a second run), or null. */
    public org.sitrep.source.BatchDates batchDates() {
        return batchDates;
    }

    public void setBatchDates(org.sitrep.source.BatchDates value) {
        batchDates = value;
    }

    public boolean has(Layer layer) {
        return present.contains(layer);
    }

    public void setDecoded(DecodedText value) {
        decoded = set(Layer.DECODED, decoded, value);
    }

    public void setDraft(ArticleDraft value) {
        draft = set(Layer.DRAFT, draft, value);
    }

    public void setBody(CleanBody value) {
        body = set(Layer.BODY, body, value);
    }

    public void setTitle(String value) {
        if (titleSet) {
            throw new IllegalStateException("layer " + Layer.TITLE + " was already set on " + raw.id());
        }
        titleSet = true;
        present.add(Layer.TITLE);
        title = value;
    }

    public void setDates(List<org.sitrep.time.DateMention> value) {
        dates = set(Layer.DATES, dates, List.copyOf(value));
    }

    public void setPublication(Publication value) {
        publication = set(Layer.PUBLICATION, publication, value);
    }

    public void setOutlet(Outlet value) {
        outlet = set(Layer.OUTLET, outlet, value);
    }

    public void setReading(Reading value) {
        reading = set(Layer.READING, reading, value);
    }

    public void setNames(Names value) {
        names = set(Layer.NAMES, names, value);
    }

    public void setTimes(Times value) {
        times = set(Layer.TIMES, times, value);
    }

    public void setAttributions(Attributions value) {
        attributions = set(Layer.ATTRIBUTION, attributions, value);
    }

    public void setQuotes(Quotes value) {
        quotes = set(Layer.QUOTES, quotes, value);
    }

    public void setEvents(Events value) {
        events = set(Layer.EVENTS, events, value);
    }

    public void setFigures(Figures value) {
        figures = set(Layer.FIGURES, figures, value);
    }

    private <T> T require(Layer layer, T value) {
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added to " + raw.id());
        }
        return value;
    }

    private <T> T set(Layer layer, T old, T value) {
        if (old != null) {
            throw new IllegalStateException("layer " + layer + " was already set on " + raw.id());
        }
        present.add(layer);
        return Objects.requireNonNull(value, layer.name());
    }
}
