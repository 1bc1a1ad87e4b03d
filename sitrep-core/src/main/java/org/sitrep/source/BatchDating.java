package org.sitrep.source;

import org.sitrep.model.ArticleDraft;
import org.sitrep.model.Mention;
import org.sitrep.model.Publication;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The batch-level dating step, run after every report of a batch is analysed and before fusion: a report
 * whose own header and text leave its day open ("on 5 December", "on Tuesday", no year) takes its year, or
 * with only weekdays its day, from the reports of the same batch that tell the same incident and are dated
 * by their own header or text. Two reports tell the same incident when they share names that few reports of
 * the batch share: the cosine of their names, each weighing the log of the batch size over the number of
 * reports naming it, reaches {@value BatchNames#MIN_COSINE} (see {@link BatchNames}).
 * A report so dated is analysed again with that date, as a header date would be given but marked inferred,
 * so its events take days. A date a report's own header or text gives is never replaced.
 */
public final class BatchDating {

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

    /**
     * What the batch step reads of one analysed report: its names, its day and whether its own words leave that day
     * open. A batch that keeps only its reports' facts takes this as each report is analysed.
     */
    public record Entry(String id, Set<String> keys, LocalDate date, boolean open) implements java.io.Serializable {
    }

    /** The entry of {@code r}, which must have been analysed by this step's pipeline. */
    public Entry entryOf(Report r) {
        return new Entry(r.id(), keysOf(r), r.publication().date(), leavesOpen(r));
    }

    /** The reports, those the batch dates analysed again; the order is kept. */
    public List<Report> apply(List<Report> reports) {
        int n = reports.size();
        if (n < 2) {
            return reports;
        }
        List<Entry> entries = new ArrayList<>(n);
        for (Report r : reports) {
            entries.add(entryOf(r));
        }
        List<BatchDates> lent = lent(entries);
        List<Report> out = new ArrayList<>(reports);
        for (int i = 0; i < n; i++) {
            if (lent.get(i) == null) {
                continue;
            }
            Report r = reports.get(i);
            try {
                Report again = lend(r, lent.get(i));
                if (again != null) {
                    out.set(i, again);
                }
            } catch (InputException | RuntimeException error) {
                r.warn("second analysis with the batch's date failed: " + error.getMessage());
            }
        }
        return out;
    }

    /**
     * For each report of a batch, in order, the days the other reports of its incident lend it; null for a report
     * whose own words date it, or that no other report of the batch matches (all null for a batch of one).
     */
    public List<BatchDates> lent(List<Entry> entries) {
        int n = entries.size();
        List<BatchDates> out = new ArrayList<>(Collections.nCopies(n, (BatchDates) null));
        if (n < 2) {
            return out;
        }
        List<String> ids = new ArrayList<>(n);
        List<Set<String>> keys = new ArrayList<>(n);
        List<LocalDate> dates = new ArrayList<>(n);
        boolean[] open = new boolean[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ids.add(e.id());
            keys.add(e.keys());
            dates.add(e.date());
            open[i] = e.open();
        }
        BatchNames names = new BatchNames(ids, keys, dates, open);
        for (int i = 0; i < n; i++) {
            if (open[i]) {
                out.set(i, names.lentTo(i));
            }
        }
        return out;
    }

    /**
     * What {@link #lend} reads of an analysed report, and nothing more: its input, its page's metadata, its body, its
     * dates and its day (no tokens, sentences or facts), for a batch that drops the rest of its reports once analysed.
     */
    public static Report lendable(Report r) {
        Report kept = new Report(r.raw());
        ArticleDraft draft = r.draft();
        kept.setDraft(new ArticleDraft("", draft.metadata(), draft.removedChars()));
        kept.setBody(r.body());
        if (r.has(Layer.DATES)) {
            kept.setDates(r.dates()); // found once; the second dating reads them instead of finding them again
        }
        kept.setPublication(r.publication());
        return kept;
    }

    /** True when the report's own header and text leave its day open: the batch may lend it one. */
    public boolean leavesOpen(Report r) {
        return r.publication().date() == null
                || dater.leavesOpen(r.draft().metadata(), r.body(),
                        r.has(Layer.DATES) ? r.dates() : null, InputOrigin.of(r.raw()));
    }

    /**
     * The report analysed again with the dates a batch lends it, or null when they do not change its day (it then
     * keeps its own analysis), as {@link #apply} does for each report.
     */
    public Report lend(Report r, BatchDates batch) throws InputException {
        Publication now = dater.date(r.draft().metadata(), r.body(),
                r.has(Layer.DATES) ? r.dates() : null, batch, InputOrigin.of(r.raw()));
        if (now.date() == null || now.equals(r.publication())) {
            return null;
        }
        Report again = new Report(r.raw());
        again.setBatchDates(batch);
        return pipeline.run(again);
    }

    /** The names a report gives, by what they refer to; descriptions that name no one are left out. */
    public static Set<String> keysOf(Report report) {
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
