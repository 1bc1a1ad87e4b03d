package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCopiesTest {
    @Test
    void movesEveryDayByWholeWeeksInTheWayItWasWritten() {
        String text = " date 2025-10-14\nOn Saturday, Sept. 6, fighters attacked; by September 7, 2025 the toll rose. "
                + "Wed 6 Aug 2025, 10:15. Between Aug. 25 and March 3 many fled. It may 5 times... 2025-02-30 stays.";
        assertThat(ReportCopies.shiftDates(text, 20)).isEqualTo(" date 2026-03-03\nOn Saturday, Jan. 24, fighters "
                + "attacked; by January 25, 2026 the toll rose. Wed 24 Dec 2025, 10:15. Between Jan. 12 and July 21 "
                + "many fled. It may 5 times... 2025-02-30 stays.");
        assertThat(ReportCopies.shiftDates(text, 0)).isSameAs(text);
    }

    @Test
    void raisesTollsAndKeepsTheCorpusVariationOfTheInMemoryBench() {
        assertThat(ReportCopies.raiseTolls("killing 7 civilians and 12 soldiers in 2024", 3))
                .isEqualTo("killing 10 civilians and 15 soldiers in 2024");
        byte[] report = "12 people killed".getBytes(StandardCharsets.UTF_8);
        assertThat(ReportCopies.vary(report, 0)).isSameAs(report);
        assertThat(new String(ReportCopies.vary(report, 5), StandardCharsets.UTF_8)).isEqualTo("13 people killed");
    }
}
