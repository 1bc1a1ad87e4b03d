package org.sitrep.spark;

import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.FactsCodec;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportFacts;
import org.sitrep.source.BatchDates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report's facts as the batch has them at last: under the id the batch numbered it with, and, when the batch lends
 * it days, analysed again with them (as the command line does, a second analysis that fails leaves the first one
 * with a warning).
 */
final class FinalFacts {

    private FinalFacts() {
    }

    static ReportRow of(Outcome o, Map<Long, String> ids, Map<Long, BatchDates> lent, Duration budget) {
        String id = ids.getOrDefault(o.order(), o.baseId());
        BatchDates dates = lent.get(o.order());
        if (dates != null && o.lendable() != null) {
            ExecutorResources resources = ExecutorResources.get();
            RawInput raw = o.lendable().withId(id);
            try (Budget open = Budget.open(Budget.forSize(budget, raw.bytes().length))) {
                Report first = resources.pipeline.run(new Report(raw));
                Report again = resources.dating.lend(first, dates);
                if (again != null) {
                    return ReportRow.of(ReportFacts.of(again), resources.codec, resources.tallies);
                }
            } catch (InputException | RuntimeException error) {
                return withWarning(renamed(o, id), "second analysis with the batch's date failed: "
                        + error.getMessage());
            }
        }
        return renamed(o, id);
    }

    private static ReportRow renamed(Outcome o, String id) {
        if (id.equals(o.baseId())) {
            return o.row();
        }
        return o.row().renamed(o.baseId(), id, new FactsRenaming(ExecutorResources.codec().mapper()));
    }

    private static ReportRow withWarning(ReportRow row, String warning) {
        FactsCodec codec = ExecutorResources.codec();
        ReportFacts f = codec.facts(row.facts());
        List<String> warnings = new ArrayList<>(f.warnings());
        warnings.add(warning);
        return new ReportRow(codec.write(new ReportFacts(f.id(), f.source(), f.fileName(), f.charset(), f.format(),
                f.title(), f.body(), f.publication(), f.outlet(), f.names(), f.events(), f.figures(), f.quotes(),
                warnings)), row.events(), row.figures());
    }
}
