package org.sitrep.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names each report of a batch gives, indexed to find the reports that tell the same incident: two reports match
 * when they share at least {@value #MIN_SHARED} names and the cosine of their names, each weighing the log of the
 * batch size over the number of reports naming it (a name every report gives weighs nothing), reaches
 * {@value #MIN_COSINE}. A batch is a run of {@code analyze}, or everything a store holds.
 */
public final class BatchNames {
    /** The least cosine of the weighted names of two reports of one incident. */
    public static final double MIN_COSINE = 0.25;
    /** The least number of distinct names two reports of one incident share. */
    public static final int MIN_SHARED = 2;

    private final List<String> ids;
    private final List<Set<String>> keys;
    private final List<LocalDate> dates;
    private final boolean[] open;
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final double[] norms;

    /**
     * @param ids   the reports' ids, in the batch's order (ties go to the earlier report)
     * @param keys  the names each gives ({@link BatchDating#keysOf})
     * @param dates each report's publication day
     * @param open  which reports' own words leave their day open: they lend nothing
     */
    public BatchNames(List<String> ids, List<Set<String>> keys, List<LocalDate> dates, boolean[] open) {
        this.ids = List.copyOf(ids);
        this.keys = List.copyOf(keys);
        this.dates = new ArrayList<>(dates);
        this.open = open.clone();
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            for (String key : keys.get(i)) {
                postings.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            for (String key : keys.get(i)) {
                double w = weight(n, postings.get(key).size());
                norms[i] += w * w;
            }
        }
    }

    /**
     * The days of the reports of the same incident as report {@code i}, dated by their own words, best match first,
     * each day once (from its best match); or null. Only reports that share a name with it are visited.
     */
    public BatchDates lentTo(int i) {
        int n = ids.size();
        if (norms[i] == 0) {
            return null;
        }
        Map<Integer, double[]> shared = new HashMap<>(); // report -> {dot, count}
        for (String key : keys.get(i)) {
            List<Integer> holders = postings.get(key);
            double w = weight(n, holders.size());
            for (int j : holders) {
                if (j != i && !open[j] && dates.get(j) != null) {
                    double[] acc = shared.computeIfAbsent(j, x -> new double[2]);
                    acc[0] += w * w;
                    acc[1]++;
                }
            }
        }
        record Match(int index, double cosine) {
        }
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : shared.entrySet()) {
            int j = e.getKey();
            double cosine = norms[j] == 0 ? 0 : e.getValue()[0] / Math.sqrt(norms[i] * norms[j]);
            if (e.getValue()[1] >= MIN_SHARED && cosine >= MIN_COSINE) {
                matches.add(new Match(j, cosine));
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        matches.sort(Comparator.comparingDouble(Match::cosine).reversed().thenComparingInt(Match::index));
        List<LocalDate> lent = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Match m : matches) {
            LocalDate day = dates.get(m.index());
            if (!lent.contains(day)) { // the dater reads the first day and the others as a set: a repeat adds nothing
                lent.add(day);
                from.add(ids.get(m.index()));
            }
        }
        return new BatchDates(lent, from);
    }

    private static double weight(int n, int df) {
        return Math.log((double) n / df);
    }
}
