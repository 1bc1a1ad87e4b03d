package org.sitrep.fuse;

import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.Analysis;

import java.util.List;
import java.util.Map;

/**
 * The situation picture of a whole batch: the reports as analysed, their incidents fused across reports, the
 * tallies of their figures and who held each place.
 *
 * @param analysis the reports and the inputs that could not be read
 * @param events   one per incident, in order of first report
 * @param tallies  figures that count the same thing, with their claims side by side
 * @param control  per place, the timeline of who held it
 * @param timings  nanoseconds spent in each corpus step, by step name
 */
public record Situation(Analysis analysis, List<FusedEvent> events, List<Tally> tallies, List<PlaceControl> control,
                        Map<String, Long> timings) {

    public Situation {
        events = List.copyOf(events);
        tallies = List.copyOf(tallies);
        control = List.copyOf(control);
        timings = Map.copyOf(timings);
    }
}
