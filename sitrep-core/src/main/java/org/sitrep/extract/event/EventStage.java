package org.sitrep.extract.event;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Adds the ACLED-coded events of a report: triggers read, drafts merged, each coded with its evidence. */
public final class EventStage extends BaseStage {
    private final EventExtractor extractor;
    private final DraftMerger merger = new DraftMerger();
    private final EventCoder coder;

    public EventStage(EventExtractor extractor, AcledTaxonomy taxonomy) {
        super("events", Set.of(Layer.BODY, Layer.READING, Layer.TIMES, Layer.NAMES, Layer.ATTRIBUTION,
                Layer.PUBLICATION), Set.of(Layer.EVENTS));
        this.extractor = extractor;
        this.coder = new EventCoder(taxonomy);
    }

    @Override
    public void process(Report report) {
        SentenceMentions mentions = SentenceMentions.of(report.reading(), report.names(), report.times());
        List<EventDraft> drafts = merger.merge(extractor.drafts(report, mentions));
        List<Event> events = new ArrayList<>(drafts.size());
        Map<String, Map<String, String>> rules = new HashMap<>();
        for (EventDraft d : drafts) {
            Event e = coder.code(d, report.id() + "#e" + (events.size() + 1), report.id());
            events.add(e);
            rules.put(e.id(), Map.copyOf(d.rules));
        }
        report.setEvents(new Events(events, rules));
    }
}
