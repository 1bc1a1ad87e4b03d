package org.sitrep.fuse;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.model.Event;
import org.sitrep.model.Figure;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus steps after every report is analysed, in their order: fuse the events of all reports into incidents,
 * group the figures into tallies, and read who held each place from the fused territorial events. This is the one
 * place their order is written down (the per-report order is {@code StandardPipeline}'s).
 */
public final class SituationBuilder {
    private final EventFuser fuser = new EventFuser();
    private final TallyGrouper tallies = new TallyGrouper(CasualtyLexicon.loadDefault().unnamedGroups());
    private final ControlTimeline control = new ControlTimeline();

    public Situation build(Analysis analysis) {
        List<Event> events = new ArrayList<>();
        for (Report r : analysis.reports()) {
            if (r.has(Layer.EVENTS)) {
                events.addAll(r.events().events());
            }
        }
        long t0 = System.nanoTime();
        List<FusedEvent> fused = fuser.fuse(events);
        long t1 = System.nanoTime();
        Situation s = assemble(analysis, fused);
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("events", t1 - t0);
        timings.putAll(s.timings());
        return new Situation(analysis, fused, s.tallies(), s.control(), timings);
    }

    /**
     * The picture of {@code analysis} with its incidents already fused (a store keeps them fused): the figures of its
     * reports grouped into tallies, and who held each place from {@code fused}.
     */
    public Situation assemble(Analysis analysis, List<FusedEvent> fused) {
        List<Figure> figures = new ArrayList<>();
        Map<String, LocalDate> published = new HashMap<>();
        for (Report r : analysis.reports()) {
            if (r.has(Layer.FIGURES)) {
                figures.addAll(r.figures().figures());
            }
            if (r.has(Layer.PUBLICATION)) {
                published.put(r.id(), r.publication().date());
            }
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        long t1 = System.nanoTime();
        List<Tally> grouped = tallies.group(figures, published);
        long t2 = System.nanoTime();
        List<PlaceControl> held = control.build(fused);
        long t3 = System.nanoTime();
        timings.put("tallies", t2 - t1);
        timings.put("control", t3 - t2);
        return new Situation(analysis, fused, grouped, held, timings);
    }
}
