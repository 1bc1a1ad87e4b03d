package org.sitrep.spark;

import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportAnalyzer;
import org.sitrep.pipeline.ReportFacts;
import org.sitrep.source.BatchDating;

import java.time.Duration;

/**
 * An executor's analysis of the records read: each report analysed by the pipeline of its JVM, keeping only its facts
 * and what the corpus steps and batch dating read of it; a notice passed on. A report that cannot be analysed is an
 * {@link Outcome} with a notice: the job goes on.
 */
final class ReportAnalysis {
    private final ExecutorResources resources = ExecutorResources.get();
    private final ReportAnalyzer analyzer;

    /** @param budget the processor time one report may take, for each 5 MB of it */
    ReportAnalysis(Duration budget) {
        analyzer = resources.analyzer(budget);
    }

    Outcome analyze(Record record) {
        if (record.page() == null) {
            return Outcome.ofNotice(record.order(), null, record.notice(), true);
        }
        RawInput raw = record.page();
        Object result = analyzer.analyze(raw);
        if (result instanceof Notice notice) {
            return Outcome.ofNotice(record.order(), raw.id(), notice, false);
        }
        Report report = (Report) result;
        BatchDating.Entry entry = null;
        RawInput lendable = null;
        if (resources.dating != null) {
            entry = resources.dating.entryOf(report);
            lendable = entry.open() ? raw : null;
        }
        return new Outcome(record.order(), raw.id(), ReportRow.of(ReportFacts.of(report), resources.codec, resources.tallies), null,
                false, entry, lendable);
    }
}
