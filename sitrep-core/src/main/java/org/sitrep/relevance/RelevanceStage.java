package org.sitrep.relevance;

import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportSkipped;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Sets aside a page read from a web archive that is not English or not about armed conflict, right after its text is
 * cleaned and before the costly reading starts: an archive holds every page a crawler fetched, and most are neither.
 * A report that did not come from an archive was chosen by its user and is never gated.
 */
public final class RelevanceStage extends BaseStage {
    private final Supplier<RelevanceGate> gate;

    /** With a gate loaded only when the first archived page comes (see {@link org.sitrep.util.Lazy}). */
    public RelevanceStage(Supplier<RelevanceGate> gate) {
        super("relevance", Set.of(Layer.BODY), Set.of());
        this.gate = gate;
    }

    @Override
    public void process(Report report) throws ReportSkipped {
        if (report.raw().archived() == null) {
            return;
        }
        Skip skip = gate.get().judge(report.body().text());
        if (skip != null) {
            throw new ReportSkipped(skip.reason(), skip.message());
        }
    }
}
