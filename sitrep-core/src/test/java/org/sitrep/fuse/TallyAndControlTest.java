package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.model.ControlChange;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tally;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Events.capture;

/** Tallies of figures across reports, and who held a place. */
class TallyAndControlTest {
    private static final Place PROVINCE = Events.NORTH;
    private static final TallyGrouper GROUPER = new TallyGrouper(CasualtyLexicon.loadDefault().unnamedGroups());
    private static final Map<String, LocalDate> PUBLISHED = Map.of(
            "r1", LocalDate.of(2025, 3, 10), "r2", LocalDate.of(2025, 3, 11), "r3", LocalDate.of(2025, 3, 12));

    private static Figure figure(String doc, FigureKind kind, long count, Qualifier q, String group, Place area,
                                 LocalDate start, LocalDate end, String by, Hedge hedge) {
        String text = "figure of " + doc;
        return new Figure(kind, count, q, group, area, start, end, by,
                List.of(new Evidence(doc, 0, text.length(), text, by, hedge)));
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    @Test
    void theSameCountFromSeveralReportsIsOneTallyWithEveryClaimAndTheConservativeValue() {
        List<Tally> tallies = GROUPER.group(List.of(
                figure("r1", FigureKind.KILLED, 44, Qualifier.AT_LEAST, "civilians", PROVINCE, march(1), march(8),
                        "UN office", Hedge.REPORTED),
                figure("r2", FigureKind.KILLED, 47, Qualifier.EXACT, "civilians", Events.TOWN_A, march(2), march(9),
                        "monitor", Hedge.REPORTED),
                figure("r3", FigureKind.KILLED, 30, Qualifier.EXACT, "civilians", PROVINCE, march(1), march(8),
                        "Military Forces of Xandia", Hedge.CLAIMED),
                figure("r2", FigureKind.INJURED, 160, Qualifier.EXACT, "civilians", PROVINCE, march(1), march(8),
                        "monitor", Hedge.REPORTED)), PUBLISHED);
        assertThat(tallies).hasSize(2);
        Tally killed = tallies.get(0);
        assertThat(killed.claims()).extracting(c -> c.count() + " " + c.attributedTo() + " " + c.doc())
                .containsExactlyInAnyOrder("44 UN office r1", "47 monitor r2", "30 Military Forces of Xandia r3");
        assertThat(killed.low()).isEqualTo(30);
        assertThat(killed.high()).isEqualTo(47);
        assertThat(killed.conservative()).isEqualTo(44); // a party's lower count is kept, not used
        assertThat(killed.area().geoPrecision()).isEqualTo(1);
        assertThat(killed.periodStart()).isEqualTo(march(1));
        assertThat(killed.periodEnd()).isEqualTo(march(9));
        assertThat(tallies.get(1).kind()).isEqualTo(FigureKind.INJURED);
    }

    @Test
    void asOfFiguresAreOneSeriesWithTheirLatestValue() {
        List<Tally> tallies = GROUPER.group(List.of(
                figure("r2", FigureKind.DISPLACED, 15000, Qualifier.ABOUT, "people", PROVINCE, null, march(10),
                        "IOM", Hedge.REPORTED),
                figure("r1", FigureKind.DISPLACED, 12000, Qualifier.MORE_THAN, null, PROVINCE, null, march(8),
                        "OCHA", Hedge.REPORTED)), PUBLISHED);
        assertThat(tallies).hasSize(1);
        Tally t = tallies.get(0);
        assertThat(t.claims()).extracting(c -> c.date()).containsExactly(march(8), march(10));
        assertThat(t.latest()).isEqualTo(15000L);
        assertThat(t.conservative()).isEqualTo(12000L);
    }

    @Test
    void differentPeriodsPlacesOrOrdersOfMagnitudeAreDifferentTallies() {
        List<Tally> tallies = GROUPER.group(List.of(
                figure("r1", FigureKind.KILLED, 200, Qualifier.MORE_THAN, "people", null, null, null, null,
                        Hedge.ASSERTED),
                figure("r2", FigureKind.KILLED, 300000, Qualifier.MORE_THAN, "people", null, null, null, null,
                        Hedge.ASSERTED),
                figure("r1", FigureKind.KILLED, 20, Qualifier.EXACT, "civilians", PROVINCE, march(1), march(3), null,
                        Hedge.ASSERTED),
                figure("r2", FigureKind.KILLED, 25, Qualifier.EXACT, "civilians", PROVINCE, march(5), march(7), null,
                        Hedge.ASSERTED),
                figure("r3", FigureKind.KILLED, 22, Qualifier.EXACT, "civilians", Events.FAR, march(1), march(3),
                        null, Hedge.ASSERTED)), PUBLISHED);
        assertThat(tallies).hasSize(5);
        List<Tally> oneReport = GROUPER.group(List.of(
                figure("r1", FigureKind.INJURED, 19, Qualifier.EXACT, null, PROVINCE, null, null, null, Hedge.ASSERTED),
                figure("r1", FigureKind.INJURED, 4, Qualifier.EXACT, null, PROVINCE, null, null, null, Hedge.ASSERTED)),
                PUBLISHED);
        assertThat(oneReport).hasSize(2);
    }

    @Test
    void aCaptureAndARecaptureGiveTheTimelineOfWhoHeldTheTown() {
        String army = "Military Forces of Xandia";
        String front = "Freedom Front";
        List<PlaceControl> control = new ControlTimeline().build(new EventFuser().fuse(List.of(
                capture("r2#e1").by(army).against(front).on(14)
                        .sub("Government regains territory", "Strategic developments")
                        .status(EventStatus.CLAIMED, Hedge.CLAIMED).build(),
                capture("r1#e1").by(front).against(army).on(10).build(),
                capture("r1#e2").by(front).at(Events.FAR).on(11).build())));
        assertThat(control).hasSize(2);
        PlaceControl town = control.get(0);
        assertThat(town.place().name()).isEqualTo("Amberton");
        assertThat(town.changes()).extracting(ControlChange::to).containsExactly(front, army);
        assertThat(town.changes()).extracting(ControlChange::from).containsExactly(army, front);
        assertThat(town.changes().get(1).status()).isEqualTo(EventStatus.CLAIMED);
        assertThat(town.asOf(march(12)).map(ControlChange::to)).contains(front);
        assertThat(town.asOf(march(9))).isEmpty();
        assertThat(town.latest().map(ControlChange::date)).contains(march(14));
        assertThat(control.get(1).place().name()).isEqualTo("Cedarvale");
    }
}
