package org.sitrep.spark;

import org.sitrep.fuse.event.EventFuser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of a corpus's events: per country, the spans of days over which event reaches ({@link EventFuser#reach})
 * overlap one another. Fusion never compares events of two runs, so each run is fused on its own and the union is
 * what fusing all events at once gives (the server's store re-fuses by the same runs). Built on the driver from the
 * distinct reaches, which are few (countries times days times span lengths) however many events there are, and
 * broadcast to the executors.
 */
final class FusionRuns implements Serializable {
    /** Per country, the runs' first and last days, in order: {@code [from0, to0, from1, to1, ...]}. */
    private final Map<String, long[]> runs;

    private FusionRuns(Map<String, long[]> runs) {
        this.runs = runs;
    }

    static FusionRuns of(Collection<EventFuser.Reach> reaches) {
        Map<String, List<EventFuser.Reach>> byCountry = new HashMap<>();
        for (EventFuser.Reach r : reaches) {
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
        }
        Map<String, long[]> runs = new HashMap<>();
        byCountry.forEach((country, list) -> {
            list.sort(Comparator.comparingLong(EventFuser.Reach::firstDay));
            List<long[]> merged = new ArrayList<>();
            for (EventFuser.Reach r : list) {
                long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r.firstDay() <= last[1]) {
                    last[1] = Math.max(last[1], r.lastDay());
                } else {
                    merged.add(new long[] {r.firstDay(), r.lastDay()});
                }
            }
            long[] flat = new long[merged.size() * 2];
            for (int i = 0; i < merged.size(); i++) {
                flat[2 * i] = merged.get(i)[0];
                flat[2 * i + 1] = merged.get(i)[1];
            }
            runs.put(country, flat);
        });
        return new FusionRuns(runs);
    }

    /** The key of the run an event with this reach belongs to: its country and the run's first day. */
    String keyOf(EventFuser.Reach reach) {
        long[] flat = runs.get(reach.country());
        if (flat == null) {
            throw new IllegalArgumentException("reach of an unknown country: " + reach);
        }
        int n = flat.length / 2;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) { // the last run whose first day is not after the reach's
            int mid = (lo + hi + 1) >>> 1;
            if (flat[2 * mid] <= reach.firstDay()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return reach.country() + "|" + flat[2 * lo];
    }

    int size() {
        return Arrays.stream(runs.values().toArray(new long[0][])).mapToInt(r -> r.length / 2).sum();
    }
}
