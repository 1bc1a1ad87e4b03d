package org.sitrep.fuse.event;

import org.sitrep.model.Event;
import org.sitrep.model.FusedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Fuses the events of all reports into incidents. The most precise events go first (events placed only in a
 * province or country last of all), so a report's "strikes on the province last week" joins the day- and
 * town-precise incident it fits best rather than starting one.
 * Candidates come from a block index by country and day, so each event is compared only with the incidents of
 * its own days: near-linear in the number of events.
 */
public final class EventFuser {
    /** Days looked at either side of an event's own span (the widest slack of {@link FusionRules}). */
    private static final int LOOKAROUND_DAYS = FusionRules.TERRITORY_SLACK_DAYS;

    private final EventMerge merge = new EventMerge();

    /** Fuses {@code events} (in report order, then in each report's order); the output keeps that order. */
    public List<FusedEvent> fuse(List<Event> events) {
        return started(events).stream().map(Started::incident).toList();
    }

    /**
     * An incident and the index (in the fused list) of the event that started it, which is what orders the incidents:
     * the most precise member starts it, so it may be a later report's event than its first member.
     */
    public record Started(FusedEvent incident, int first) {
    }

    /**
     * As {@link #fuse}, each incident with the event that started it: a job that fuses runs of a corpus apart puts
     * their incidents back in one order by it.
     */
    public List<Started> started(List<Event> events) {
        Integer[] order = new Integer[events.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> geoPrecision(events.get(i)) >= 3 ? 1 : 0)
                .thenComparingInt(i -> events.get(i).timePrecision())
                .thenComparingInt(i -> geoPrecision(events.get(i)))
                .thenComparingInt(i -> i));
        BlockIndex index = new BlockIndex();
        List<EventCluster> clusters = new ArrayList<>();
        for (int i : order) {
            Event e = events.get(i);
            EventCluster best = null;
            int bestAffinity = -1;
            boolean tied = false;
            for (EventCluster c : index.candidates(e)) {
                if (c.admits(e)) {
                    int affinity = c.affinity(e);
                    if (affinity > bestAffinity) {
                        best = c;
                        bestAffinity = affinity;
                        tied = false;
                    } else if (affinity == bestAffinity) {
                        tied = true;
                    }
                }
            }
            if (best == null || tied) {
                // a coarse mention that fits several incidents equally ("captured several villages in the
                // province") is a summary of them, not one of them: it stays apart rather than be put on one
                best = new EventCluster(e, i);
                clusters.add(best);
            } else {
                best.add(e, i);
            }
            index.add(best, e);
        }
        clusters.sort(Comparator.comparingInt(c -> c.first));
        List<Started> out = new ArrayList<>(clusters.size());
        for (EventCluster c : clusters) {
            out.add(new Started(merge.merge(c.members, c.positions), c.first));
        }
        return out;
    }

    /**
     * Where an event can meet others in fusion: its country's block ("" when unplaced) and the epoch days from the
     * first it may have happened on less the look-around, to the last plus it; null when it is undated (an undated
     * event is never compared, so it is an incident of its own). Two events whose reaches do not overlap are never
     * compared, nor are their incidents: fusing each connected run of overlapping reaches on its own gives what fusing
     * everything at once gives, which is what lets a store re-fuse only what a new report touches.
     */
    public static Reach reach(Event e) {
        if (e.eventDate() == null) {
            return null;
        }
        return new Reach(BlockIndex.country(e), FusionRules.first(e).toEpochDay() - LOOKAROUND_DAYS,
                FusionRules.last(e).toEpochDay() + LOOKAROUND_DAYS);
    }

    /** The block and the days an event's comparisons can reach (see {@link #reach(Event)}). */
    public record Reach(String country, long firstDay, long lastDay) implements java.io.Serializable {
    }

    private static int geoPrecision(Event e) {
        return e.location() == null ? 4 : e.location().geoPrecision();
    }

    /** Incidents by country and day; an incident is filed under every day its members may fall on. */
    private static final class BlockIndex {
        private final Map<Block, List<EventCluster>> blocks = new HashMap<>();

        void add(EventCluster c, Event e) {
            if (e.eventDate() == null) {
                return;
            }
            String country = country(e);
            for (LocalDate d = FusionRules.first(e); !d.isAfter(FusionRules.last(e)); d = d.plusDays(1)) {
                Block block = new Block(country, d.toEpochDay());
                if (c.filedUnder.add(block)) {
                    blocks.computeIfAbsent(block, k -> new ArrayList<>(2)).add(c);
                }
            }
        }

        Iterable<EventCluster> candidates(Event e) {
            if (e.eventDate() == null) {
                return List.of();
            }
            Set<EventCluster> found = Collections.newSetFromMap(new IdentityHashMap<>());
            List<EventCluster> ordered = new ArrayList<>();
            String country = country(e);
            LocalDate end = FusionRules.last(e).plusDays(LOOKAROUND_DAYS);
            for (LocalDate d = FusionRules.first(e).minusDays(LOOKAROUND_DAYS); !d.isAfter(end); d = d.plusDays(1)) {
                for (EventCluster c : blocks.getOrDefault(new Block(country, d.toEpochDay()), List.of())) {
                    if (found.add(c)) {
                        ordered.add(c);
                    }
                }
            }
            return ordered;
        }

        private static String country(Event e) {
            return e.location() == null || e.location().country() == null ? "" : e.location().country();
        }
    }

    private record Block(String country, long day) {
    }
}
