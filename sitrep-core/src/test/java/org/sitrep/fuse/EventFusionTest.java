package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Events.capture;
import static org.sitrep.fuse.Events.clash;
import static org.sitrep.fuse.Events.strike;

/** Each rule of cross-report fusion, on events written for the purpose. */
class EventFusionTest {
    private static final String ARMY = "Military Forces of Xandia";
    private static final String AIR = "Military Forces of Yorland";
    private static final String FRONT = "Freedom Front";
    private static final String CIVILIANS = "Civilians (Xandia)";

    private static List<FusedEvent> fuse(Events... events) {
        return new EventFuser().fuse(Stream.of(events).map(Events::build).toList());
    }

    @Test
    void oneStrikeFromTwoOutletsWithDifferentTollsIsOneEventWithTheLowestCredibleToll() {
        List<FusedEvent> out = fuse(
                strike("r1#e1").by(AIR).against(CIVILIANS).killed(15).according("health authorities"),
                strike("r2#e1").by(AIR).killed(12).according("local monitor"),
                strike("r3#e1").by(AIR).killed(20).according("Freedom Front")
                        .status(EventStatus.CLAIMED, Hedge.CLAIMED));
        assertThat(out).hasSize(1);
        Event e = out.get(0).event();
        assertThat(e.sources()).containsExactly("r1", "r2", "r3");
        assertThat(e.fatalities()).isEqualTo(12);
        assertThat(e.fatalitiesReported()).containsExactly(12, 15, 20);
        assertThat(e.attributedTo()).containsExactly("health authorities", "local monitor", "Freedom Front");
        assertThat(e.evidence()).hasSize(3);
        assertThat(e.actor2()).isEqualTo(CIVILIANS);
        assertThat(e.civilianTargeting()).isTrue();
        assertThat(out.get(0).tolls()).extracting(t -> t.fatalities() + "@" + t.doc())
                .containsExactly("15@r1", "12@r2", "20@r3");
        assertThat(out.get(0).merged()).containsExactly("r1#e1", "r2#e1", "r3#e1");
        assertThat(e.id()).isEqualTo("r1#e1");
        assertThat(e.notes()).contains("told by 3 reports").contains("12, 15, 20");
    }

    @Test
    void aPartysOwnTollCountsOnlyWhenNobodyElseGivesOne() {
        FusedEvent both = fuse(
                strike("r1#e1").by(ARMY).killed(50).status(EventStatus.CLAIMED, Hedge.CLAIMED),
                strike("r2#e1").by(ARMY).killed(70).according("monitor")).get(0);
        assertThat(both.event().fatalities()).isEqualTo(70);
        FusedEvent partyOnly = fuse(
                strike("r1#e1").by(ARMY).killed(50).status(EventStatus.CLAIMED, Hedge.CLAIMED),
                strike("r2#e1").by(ARMY).killed(40).status(EventStatus.CLAIMED, Hedge.CLAIMED)).get(0);
        assertThat(partyOnly.event().fatalities()).isEqualTo(40);
    }

    @Test
    void aDayPreciseReportFallsInsideAWeekPreciseOneAndItsDayWins() {
        List<FusedEvent> out = fuse(
                strike("r1#e1").by(AIR).on(12).week().at(Events.NEAR_A),
                strike("r2#e1").by(AIR).on(9));
        assertThat(out).hasSize(1);
        Event e = out.get(0).event();
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(e.timePrecision()).isEqualTo(1);
        assertThat(e.location().geoPrecision()).isEqualTo(1);
        assertThat(e.sources()).containsExactly("r1", "r2");
    }

    @Test
    void aWeekPreciseReportOutsideTheDayIsAnotherEvent() {
        assertThat(fuse(strike("r1#e1").by(AIR).on(1).week(), strike("r2#e1").by(AIR).on(20))).hasSize(2);
    }

    @Test
    void aGenericActorFitsANamedOneAndTheNameIsKept() {
        List<FusedEvent> out = fuse(capture("r1#e1"), capture("r2#e1").by(FRONT).against(ARMY));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().actor1()).isEqualTo(FRONT);
        assertThat(out.get(0).event().actor2()).isEqualTo(ARMY);
    }

    @Test
    void anUnidentifiedArmedGroupFitsTheGroupAnotherReportNamesAndTheNameIsKept() {
        List<FusedEvent> out = fuse(clash("r1#e1").by("Unidentified Armed Group (Xanadu)").against(ARMY),
                clash("r2#e1").by(FRONT).against(ARMY));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().actor1()).isEqualTo(FRONT);
    }

    @Test
    void twoStrikesOnOneTownOnOneDayByDifferentActorsStayApart() {
        List<FusedEvent> out = fuse(strike("r1#e1").by(AIR).killed(3), strike("r2#e1").by(ARMY).killed(13),
                strike("r3#e1").by(AIR).killed(4));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).event().actor1()).isEqualTo(AIR);
        assertThat(out.get(0).event().sources()).containsExactly("r1", "r3");
        assertThat(out.get(1).event().actor1()).isEqualTo(ARMY);
    }

    @Test
    void strikesOnDifferentDaysOrFarApartStayApart() {
        assertThat(fuse(strike("r1#e1").by(AIR).on(10), strike("r2#e1").by(AIR).on(11))).hasSize(2);
        assertThat(fuse(strike("r1#e1").by(AIR), strike("r2#e1").by(AIR).at(Events.FAR))).hasSize(2);
    }

    @Test
    void twoNeighbouringVillagesAreTwoPlacesButOutsideATownIsTheTown() {
        assertThat(fuse(capture("r1#e1").by(FRONT), capture("r2#e1").by(FRONT).at(Events.TOWN_B))).hasSize(2);
        assertThat(fuse(capture("r1#e1").by(FRONT), capture("r2#e1").by(FRONT).at(Events.NEAR_A))).hasSize(1);
    }

    @Test
    void aProvinceLevelReportJoinsTheOneIncidentItFitsButNotOneOfSeveral() {
        assertThat(fuse(strike("r1#e1").by(AIR), strike("r2#e1").by(AIR).at(Events.NORTH))).hasSize(1);
        assertThat(fuse(capture("r1#e1").by(FRONT), capture("r1#e2").by(FRONT).at(Events.TOWN_B),
                capture("r2#e1").by(FRONT).at(Events.NORTH))).hasSize(3);
    }

    @Test
    void oneReportsOwnEventsAreFusedOnlyWithTheSameNamedActorAtTheSamePlace() {
        assertThat(fuse(strike("r1#e1"), strike("r1#e2").by(AIR))).hasSize(2);
        assertThat(fuse(strike("r1#e1").by(AIR), strike("r1#e2").by(AIR))).hasSize(1);
    }

    @Test
    void aClashToldWithItsSidesTheOtherWayRoundIsOneClash() {
        assertThat(fuse(clash("r1#e1").by(FRONT).against(ARMY), clash("r2#e1").by(ARMY).against(FRONT)))
                .hasSize(1);
        assertThat(fuse(clash("r1#e1").by(FRONT).against(ARMY), clash("r2#e1").by(FRONT).against(AIR)))
                .hasSize(2);
    }

    @Test
    void aCaptureToldADayApartByTwoReportsIsOneChangeOfControl() {
        List<FusedEvent> out = fuse(capture("r1#e1").by(FRONT).on(11), capture("r2#e1").by(FRONT).on(12));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().eventDate()).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void aClaimedCaptureConfirmedByASecondSourceIsConfirmed() {
        Events claim = capture("r1#e1").by(FRONT).status(EventStatus.CLAIMED, Hedge.CLAIMED).according(FRONT);
        assertThat(fuse(claim).get(0).event().status()).isEqualTo(EventStatus.CLAIMED);
        List<FusedEvent> out = fuse(claim, capture("r2#e1").by(FRONT).according("residents"));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().status()).isEqualTo(EventStatus.CONFIRMED);
    }

    @Test
    void aDeniedEventIsDisputedAndAnUnverifiedOneStaysUnverified() {
        List<FusedEvent> denied = fuse(
                capture("r1#e1").by(ARMY).sub("Government regains territory", "Strategic developments")
                        .status(EventStatus.CLAIMED, Hedge.CLAIMED),
                capture("r2#e1").by(ARMY).sub("Government regains territory", "Strategic developments")
                        .status(EventStatus.DISPUTED, Hedge.DENIED));
        assertThat(denied).hasSize(1);
        assertThat(denied.get(0).event().status()).isEqualTo(EventStatus.DISPUTED);
        assertThat(denied.get(0).event().notes()).contains("disputed");
        List<FusedEvent> unverified = fuse(strike("r1#e1").by(AIR).status(EventStatus.UNVERIFIED, Hedge.UNVERIFIED),
                strike("r2#e1").by(AIR).status(EventStatus.CLAIMED, Hedge.CLAIMED));
        assertThat(unverified.get(0).event().status()).isEqualTo(EventStatus.UNVERIFIED);
    }

    @Test
    void outputKeepsTheOrderOfFirstReportAndTheDifferentKindsApart() {
        List<FusedEvent> out = fuse(strike("r1#e1").by(AIR).on(5), capture("r1#e2").by(FRONT).on(5),
                strike("r2#e1").by(AIR).on(5), clash("r2#e2").by(FRONT).on(5));
        assertThat(out).extracting(f -> f.event().id()).containsExactly("r1#e1", "r1#e2", "r2#e2");
    }

    @Test
    void aCarBombCodedAsSuicideBombingOrAsIedIsOneBombingButNotAnAirStrike() {
        assertThat(fuse(strike("r1#e1").sub("Suicide bomb", "Explosions/Remote violence"),
                strike("r2#e1").sub("Remote explosive/landmine/IED", "Explosions/Remote violence"))).hasSize(1);
        assertThat(fuse(strike("r1#e1").sub("Suicide bomb", "Explosions/Remote violence"),
                strike("r2#e1"))).hasSize(2);
    }

    @Test
    void anUnresolvedSpellingOfAResolvedTownIsTheTown() {
        Place written = new Place("Ambirtun", "XA", null, null, null, null, 1);
        assertThat(fuse(strike("r1#e1").by(AIR), strike("r2#e1").by(AIR).at(written))).hasSize(1);
        Place other = new Place("Zembla", "XA", null, null, null, null, 1);
        assertThat(fuse(strike("r1#e1").by(AIR), strike("r2#e1").by(AIR).at(other))).hasSize(2);
    }
}
