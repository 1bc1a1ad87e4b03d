package org.sitrep.pipeline;

import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;

import java.time.Duration;

/**
 * Analyses one input within its {@link Budget}: the analysed {@link Report}, or a {@link Notice} saying why there is
 * none (skipped on purpose, unreadable, too costly, an internal error). Never throws for a bad input, so one report
 * cannot stop a batch, a server or a cluster job. Stateless; one instance serves all threads.
 */
public final class ReportAnalyzer {
    private final Pipeline pipeline;
    private final boolean keepStackTraces;
    private final Duration budget;

    /**
     * @param budget          the processor time one report may take, for each 5 MB of it ({@link Budget#forSize})
     * @param keepStackTraces print the stack trace of an internal error
     */
    public ReportAnalyzer(Pipeline pipeline, Duration budget, boolean keepStackTraces) {
        this.pipeline = pipeline;
        this.budget = budget;
        this.keepStackTraces = keepStackTraces;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The analysed report, or the {@link Notice} of why there is none. */
    public Object analyze(RawInput raw) {
        try (Budget open = Budget.open(Budget.forSize(budget, raw.bytes().length))) {
            return pipeline.run(new Report(raw));
        } catch (ReportSkipped skipped) {
            return Notice.skipped(raw.source(), skipped.reason(), skipped.getMessage());
        } catch (InputException error) {
            return Notice.failed(raw.source(), error.getMessage());
        } catch (Budget.OverBudget over) {
            return Notice.failed(raw.source(), "too costly", over.getMessage());
        } catch (OutOfMemoryError error) {
            return Notice.failed(raw.source(), "too costly", "too costly to analyse (out of memory)");
        } catch (StackOverflowError error) {
            return Notice.failed(raw.source(), "too costly",
                    "too complex to analyse (" + error.getClass().getSimpleName() + ")");
        } catch (RuntimeException error) {
            if (keepStackTraces) {
                error.printStackTrace();
            }
            return Notice.failed(raw.source(), "internal error", "internal error while analysing: " + error);
        }
    }

    /** A report holding only the facts of {@code report} (what every output reads), its names shared. */
    public static Report factsOf(Report report, SharedNames shared) {
        ReportFacts f = ReportFacts.of(report);
        if (f.names() != null) {
            f = new ReportFacts(f.id(), f.source(), f.fileName(), f.charset(), f.format(), f.title(), f.body(),
                    f.publication(), f.outlet(), shared.share(f.names()), f.events(), f.figures(), f.quotes(),
                    f.warnings());
        }
        return f.toReport();
    }
}
