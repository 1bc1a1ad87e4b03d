package org.sitrep.source;

import org.sitrep.model.Mention;
import org.sitrep.model.Publication;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The batch-level dating step, run after every report of a batch is analysed and before fusion: a report
 * whose own header and text leave its day open ("on 5 December", "on Tuesday", no year) takes its year, or
 * with only weekdays its day, from the reports of the same batch that tell the same incident and are dated
 * by their own header or text. Two reports tell the same incident when they share names that few reports of
 * the batch share: the cosine of their names, each weighing the log of the batch size over the number of
 * reports naming it, reaches {@value #MIN_COSINE}.
 * A report so dated is analysed again with that date, as a header date would be given but marked inferred,
 * so its events take days. A date a report's own header or text gives is never replaced.
 */
public final class BatchDating {
    /** The least cosine of the weighted names of two reports of one incident. */
    private static final double MIN_COSINE = 0.25;
    /** The least number of distinct names two reports of one incident share. */
    private static final int MIN_SHARED = 2;

    private final Pipeline pipeline;
    private final PublicationDater dater;

    /** The step for {@code pipeline}, which must hold a {@link PublicationDateStage}. */
    public BatchDating(Pipeline pipeline, PublicationDater dater) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.dater = Objects.requireNonNull(dater);
    }

    /** The step for {@code pipeline}, or null when the pipeline dates no reports or names nothing. */
    public static BatchDating of(Pipeline pipeline) {
        for (Stage stage : pipeline.stages()) {
            if (stage instanceof PublicationDateStage dating) {
                return new BatchDating(pipeline, dating.dater());
            }
        }
        return null;
    }

    /** The reports, those the batch dates analysed again; the order is kept. */
    public List<Report> apply(List<Report> reports) {
        int n = reports.size();
        if (n < 2) {
            return reports;
        }
        List<Set<String>> keys = new ArrayList<>(n);
        boolean[] open = new boolean[n];
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            Set<String> k = keysOf(r);
            keys.add(k);
            for (String key : k) {
                postings.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
            Publication p = r.publication();
            open[i] = p.date() == null || dater.leavesOpen(r.draft().metadata(), r.body());
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            for (String key : keys.get(i)) {
                double w = weight(n, postings.get(key).size());
                norms[i] += w * w;
            }
        }
        List<Report> out = new ArrayList<>(reports);
        for (int i = 0; i < n; i++) {
            if (!open[i] || keys.get(i).isEmpty()) {
                continue;
            }
            BatchDates batch = related(i, reports, keys, open, postings, norms);
            if (batch == null) {
                continue;
            }
            Report r = reports.get(i);
            Publication now = dater.date(r.draft().metadata(), r.body(), batch);
            if (now.date() == null || now.equals(r.publication())) {
                continue;
            }
            Report again = new Report(r.raw());
            again.setBatchDates(batch);
            try {
                out.set(i, pipeline.run(again));
            } catch (InputException | RuntimeException error) {
                r.warn("second analysis with the batch's date failed: " + error.getMessage());
            }
        }
        return out;
    }

    /**
     * The dates of the reports of the same incident, dated by their own words, best match first; or null. Two
     * reports match by the cosine of their names, each name weighing the log of the batch size over the number
     * of reports naming it (a name every report gives weighs nothing). Only reports that share a name with
     * report {@code i} are visited.
     */
    static BatchDates related(int i, List<Report> reports, List<Set<String>> keys, boolean[] open,
                              Map<String, List<Integer>> postings, double[] norms) {
        int n = reports.size();
        if (norms[i] == 0) {
            return null;
        }
        Map<Integer, double[]> shared = new HashMap<>(); // report -> {dot, count}
        for (String key : keys.get(i)) {
            List<Integer> holders = postings.get(key);
            double w = weight(n, holders.size());
            for (int j : holders) {
                if (j != i && !open[j]) {
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
        List<LocalDate> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Match m : matches) {
            Report r = reports.get(m.index());
            dates.add(r.publication().date());
            ids.add(r.id());
        }
        return new BatchDates(dates, ids);
    }

    private static double weight(int n, int df) {
        return Math.log((double) n / df);
    }

    /** The names a report gives, by what they refer to; descriptions that name no one are left out. */
    static Set<String> keysOf(Report report) {
        Set<String> keys = new HashSet<>();
        if (!report.has(org.sitrep.pipeline.Layer.NAMES)) {
            return keys;
        }
        for (Mention m : report.names().mentions()) {
            if (!m.generic() && m.key() != null) {
                keys.add(m.key());
            }
        }
        return keys;
    }
}
