package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Hedge;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tally;
import org.sitrep.model.TallyClaim;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TallyRowsTest {

    private static TallyClaim claim(LocalDate date) {
        Evidence ev = new Evidence("d", 0, 4, "text", null, Hedge.ASSERTED);
        Figure f = new Figure(FigureKind.values()[0], 12, Qualifier.values()[0], "people", null, null, null, null,
                List.of(ev));
        return new TallyClaim(12, Qualifier.values()[0], null, "d", date, f);
    }

    @Test
    void aTallyWithoutPeriodOrDatedClaimsCoversNoDays() {
        Tally t = new Tally("t", FigureKind.values()[0], "people", null, null, null, List.of(claim(null)), 12, 12, 12, null);
        assertThat(TallyRows.days(t)).containsExactly(null, null);
    }

    @Test
    void aTallyWithoutPeriodCoversTheDaysOfItsClaims() {
        Tally t = new Tally("t", FigureKind.values()[0], "people", null, null, null,
                List.of(claim(LocalDate.of(2031, 5, 2)), claim(LocalDate.of(2031, 5, 9)), claim(null)), 12, 12, 12, null);
        assertThat(TallyRows.days(t)).containsExactly(LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 9));
    }
}
