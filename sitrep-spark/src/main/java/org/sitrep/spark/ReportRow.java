package org.sitrep.spark;

import org.sitrep.fuse.event.EventFuser;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.model.Event;
import org.sitrep.model.Figure;
import org.sitrep.pipeline.FactsCodec;
import org.sitrep.pipeline.ReportFacts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed report as the job keeps it: its facts as JSON for the outputs, and beside them what the corpus steps
 * read, written once on the executor that analysed it: each event with its fusion reach, each figure with its
 * report's day. Fusion and grouping then read only these, never the whole facts again.
 *
 * @param facts   the report's facts ({@link FactsCodec})
 * @param events  its events, in its order
 * @param figures its figures, in its order, each with its report's publication day and its tally partition
 */
record ReportRow(String facts, List<EventRow> events, List<FigureRow> figures) implements Serializable {

    /** An event as JSON, and where fusion can compare it ({@link EventFuser#reach}: null when undated). */
    record EventRow(String json, EventFuser.Reach reach) implements Serializable {
    }

    /**
     * A figure with its report's day as JSON ({@link DatedFigure}), and the partition within which tallies compare it
     * ({@link TallyGrouper#partition}).
     */
    record FigureRow(String json, String partition) implements Serializable {
    }

    static ReportRow of(ReportFacts f, FactsCodec codec, TallyGrouper tallies) {
        List<EventRow> events = new ArrayList<>();
        if (f.events() != null) {
            for (Event e : f.events().events()) {
                events.add(new EventRow(codec.write(e), EventFuser.reach(e)));
            }
        }
        List<FigureRow> figures = new ArrayList<>();
        if (f.figures() != null) {
            LocalDate published = f.publication() == null ? null : f.publication().date();
            for (Figure figure : f.figures().figures()) {
                figures.add(new FigureRow(codec.write(new DatedFigure(figure, published)), tallies.partition(figure)));
            }
        }
        return new ReportRow(codec.write(f), events, figures);
    }

    /** This report under id {@code to} instead of {@code from} ({@link FactsRenaming}). */
    ReportRow renamed(String from, String to, FactsRenaming renaming) {
        List<EventRow> events = new ArrayList<>(this.events.size());
        for (EventRow e : this.events) {
            events.add(new EventRow(renaming.rename(e.json(), from, to), e.reach()));
        }
        List<FigureRow> figures = new ArrayList<>(this.figures.size());
        for (FigureRow f : this.figures) {
            figures.add(new FigureRow(renaming.rename(f.json(), from, to), f.partition()));
        }
        return new ReportRow(renaming.rename(facts, from, to), events, figures);
    }
}
