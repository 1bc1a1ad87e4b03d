package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.model.Event;
import org.sitrep.model.Figure;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.FactsCodec;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The corpus steps of {@link org.sitrep.fuse.SituationBuilder}, spread over a cluster: each step shuffles its facts by
 * the key within which the command line's step compares them, runs the command line's own code on each key's facts in
 * the batch's order, and puts the results back in the order the command line gives them.
 * <ul>
 *   <li>Events, by fusion run ({@link FusionRuns}: a country and a span of overlapping reaches; an undated event is a
 *       run of its own): fused by {@link EventFuser}; incidents in order of their first report event.</li>
 *   <li>Figures, by {@link TallyGrouper#partition} (kind, group, country): grouped into tallies, numbered in order of
 *       their first figure.</li>
 *   <li>Incidents that change who holds a place, by {@link ControlTimeline#placeKey}: one timeline per place, places
 *       in order of their first change, then of their first incident.</li>
 * </ul>
 * Facts travel as the model's JSON ({@link FactsCodec}).
 */
final class ClusterFusion {

    private ClusterFusion() {
    }

    /** The incidents, keyed by the place of the event that started each, sorted. */
    static JavaPairRDD<Pos, String> events(JavaSparkContext spark, JavaPairRDD<Long, ReportRow> facts) {
        JavaPairRDD<Pos, ReportRow.EventRow> events = facts.flatMapToPair(f -> {
            List<Tuple2<Pos, ReportRow.EventRow>> out = new ArrayList<>(f._2().events().size());
            for (int k = 0; k < f._2().events().size(); k++) {
                out.add(new Tuple2<>(new Pos(f._1(), k), f._2().events().get(k)));
            }
            return out.iterator();
        });
        List<EventFuser.Reach> reaches = events
                .map(e -> e._2().reach())
                .filter(Objects::nonNull)
                .distinct()
                .collect();
        Broadcast<FusionRuns> runs = spark.broadcast(FusionRuns.of(reaches));
        return events
                .mapToPair(e -> {
                    EventFuser.Reach reach = e._2().reach();
                    String key = reach == null ? "undated|" + e._1().report() + "|" + e._1().index()
                            : runs.value().keyOf(reach);
                    return new Tuple2<>(key, new Tuple2<>(e._1(), e._2().json()));
                })
                .groupByKey()
                .flatMapToPair(run -> fuseRun(run._2()).iterator())
                .sortByKey();
    }

    /**
     * One run's events fused in the batch's order; each incident keyed by the place of the event that started it, which
     * is what the command line orders incidents by.
     */
    private static List<Tuple2<Pos, String>> fuseRun(Iterable<Tuple2<Pos, String>> run) {
        FactsCodec codec = ExecutorResources.codec();
        List<Tuple2<Pos, String>> members = inOrder(run);
        List<Event> events = new ArrayList<>(members.size());
        for (Tuple2<Pos, String> m : members) {
            events.add(codec.event(m._2()));
        }
        List<Tuple2<Pos, String>> out = new ArrayList<>();
        for (EventFuser.Started s : new EventFuser().started(events)) {
            out.add(new Tuple2<>(members.get(s.first())._1(), codec.write(s.incident())));
        }
        return out;
    }

    /** The tallies, in the command line's order and numbered as it numbers them. */
    static JavaRDD<String> tallies(JavaPairRDD<Long, ReportRow> facts) {
        return facts
                .flatMapToPair(f -> {
                    List<Tuple2<String, Tuple2<Pos, String>>> out = new ArrayList<>(f._2().figures().size());
                    for (int k = 0; k < f._2().figures().size(); k++) {
                        ReportRow.FigureRow figure = f._2().figures().get(k);
                        out.add(new Tuple2<>(figure.partition(), new Tuple2<>(new Pos(f._1(), k), figure.json())));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(p -> groupPartition(p._2()).iterator())
                .sortByKey()
                .values()
                .zipWithIndex()
                .map(t -> ExecutorResources.codec().write(renumbered(ExecutorResources.codec().tally(t._1()),
                        "t" + (t._2() + 1))));
    }

    private static List<Tuple2<Pos, String>> groupPartition(Iterable<Tuple2<Pos, String>> partition) {
        FactsCodec codec = ExecutorResources.codec();
        List<Tuple2<Pos, String>> members = inOrder(partition);
        List<Figure> figures = new ArrayList<>(members.size());
        Map<String, LocalDate> published = new HashMap<>();
        Map<Figure, Pos> positions = new IdentityHashMap<>();
        for (Tuple2<Pos, String> m : members) {
            DatedFigure d = codec.read(m._2(), DatedFigure.class);
            figures.add(d.figure());
            positions.put(d.figure(), m._1());
            if (d.published() != null) {
                published.put(d.figure().evidence().get(0).doc(), d.published());
            }
        }
        List<Tuple2<Pos, String>> out = new ArrayList<>();
        for (Tally t : ExecutorResources.get().tallies.group(figures, published)) {
            Pos first = t.claims().stream().map(c -> positions.get(c.figure())).min(Comparator.naturalOrder())
                    .orElseThrow();
            out.add(new Tuple2<>(first, codec.write(t)));
        }
        return out;
    }

    private static Tally renumbered(Tally t, String id) {
        return new Tally(id, t.kind(), t.group(), t.area(), t.periodStart(), t.periodEnd(), t.claims(), t.low(),
                t.high(), t.conservative(), t.latest());
    }

    /** Who held each place: one timeline per place, in the command line's order of places. */
    static List<PlaceControl> control(JavaPairRDD<Pos, String> fused) {
        List<Tuple2<Tuple2<LocalDate, Pos>, String>> timelines = fused
                .mapToPair(f -> new Tuple2<>(ControlTimeline.placeKey(ExecutorResources.codec().fused(f._2()).event()),
                        f))
                .filter(f -> f._1() != null)
                .groupByKey()
                .map(place -> {
                    List<Tuple2<Pos, String>> incidents = inOrder(place._2());
                    List<FusedEvent> events = new ArrayList<>(incidents.size());
                    for (Tuple2<Pos, String> i : incidents) {
                        events.add(ExecutorResources.codec().fused(i._2()));
                    }
                    PlaceControl timeline = new ControlTimeline().build(events).get(0);
                    return new Tuple2<>(new Tuple2<>(timeline.changes().get(0).date(), incidents.get(0)._1()),
                            ExecutorResources.codec().write(timeline));
                })
                .collect();
        List<Tuple2<Tuple2<LocalDate, Pos>, String>> sorted = new ArrayList<>(timelines);
        sorted.sort(Comparator.comparing((Tuple2<Tuple2<LocalDate, Pos>, String> t) -> t._1()._1())
                .thenComparing(t -> t._1()._2()));
        List<PlaceControl> out = new ArrayList<>(sorted.size());
        FactsCodec codec = ExecutorResources.codec();
        sorted.forEach(t -> out.add(codec.control(t._2())));
        return out;
    }

    /** One key's facts, as a shuffle hands them over in no particular order, in the batch's order. */
    private static List<Tuple2<Pos, String>> inOrder(Iterable<Tuple2<Pos, String>> facts) {
        List<Tuple2<Pos, String>> list = new ArrayList<>();
        facts.forEach(list::add);
        list.sort((a, b) -> a._1().compareTo(b._1()));
        return list;
    }
}
