package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Analyzed;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Hedge;
import org.sitrep.pipeline.Report;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ACLED-coded events from short texts written for these tests (published Friday 2025-03-14). */
class EventExtractionTest {

    private static List<Event> events(String text) {
        return Analyzed.report(text).events().events();
    }

    @Test
    void aListOfCapturedPlacesGivesOneEventPerPlace() {
        List<Event> e = events("Rapid Support Forces fighters captured the towns of Babanusa, Al Fula and Muglad on "
                + "Tuesday, residents said.");
        assertThat(e).hasSize(3);
        assertThat(e).allSatisfy(x -> {
            assertThat(x.subEventType()).isEqualTo("Non-state actor overtakes territory");
            assertThat(x.actor1()).isEqualTo("Rapid Support Forces");
            assertThat(x.eventDate()).isEqualTo(LocalDate.of(2025, 3, 11));
        });
        assertThat(e).extracting(x -> x.location().country()).containsOnly("SD");
    }

    @Test
    void aStateForceRetakingAPlaceOfItsOwnCountryRegainsTerritory() {
        List<Event> e = events("Ukrainian forces retook the village of Pishchane near Kupiansk on Wednesday, the "
                + "General Staff said.");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).subEventType()).isEqualTo("Government regains territory");
    }

    @Test
    void thePassiveWithAByPhraseNamesTheActor() {
        List<Event> e = events("A market in Kadugli was shelled on Monday by the SPLM-N, killing three civilians, "
                + "a local doctor said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(x.actor1()).isEqualTo("Sudan People's Liberation Movement-North");
            assertThat(x.fatalities()).isEqualTo(3);
            assertThat(x.civilianTargeting()).isTrue();
        });
    }

    @Test
    void numbersInWordsAreAddedAndKilledAndInjuredKeptApart() {
        Event e = events("A drone strike killed two women and five children in Sumy on Thursday and injured "
                + "a dozen people, regional officials said.").get(0);
        assertThat(e.fatalities()).isEqualTo(7);
        assertThat(e.injuries()).isEqualTo(12);
    }

    @Test
    void aTollWithoutANumberGivesNoFatalitiesButIsKeptInTheNotes() {
        Event e = events("Shelling killed several people in Kadugli on Monday, residents said.").get(0);
        assertThat(e.fatalities()).isNull();
        assertThat(e.notes()).contains("several people");
    }

    @Test
    void theSentenceAfterAStrikeThatOnlyTellsItsTollAddsToIt() {
        List<Event> e = events("A drone struck a bus station in Sumy on Thursday morning, officials said.\n\n"
                + "At least 11 people were wounded, two of them seriously, a hospital spokesman said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.injuries()).isEqualTo(11);
            assertThat(x.evidence()).hasSize(2);
        });
    }

    @Test
    void anEventTheReportMergesIsOneEventWithTwoPiecesOfEvidence() {
        List<Event> e = events("Army airstrikes killed at least nine civilians in Kadugli on Monday, local "
                + "volunteers said. They said the strikes hit the town's main market.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(2));
    }

    @Test
    void aDateGivenOnceForAParagraphCarriesOverTheSameDay() {
        List<Event> e = events("On Monday, Russian artillery shelled Kupiansk, the regional governor said. "
                + "The same day, drones struck Sumy.");
        assertThat(e).hasSize(2);
        assertThat(e).extracting(Event::eventDate).containsOnly(LocalDate.of(2025, 3, 10));
    }

    @Test
    void backgroundHistoryIsNotAnEvent() {
        assertThat(events("The 2016 battle for Aleppo killed thousands of civilians.")).isEmpty();
        assertThat(events("Government forces have shelled Kadugli since 2020.")).isEmpty();
    }

    @Test
    void hypotheticalsAndThreatsAreNotEvents() {
        assertThat(events("The army vowed to repel any attack on Kadugli, its spokesman said on Thursday.")).isEmpty();
        assertThat(events("Troops in Sumy were told to prepare for a counterattack on Thursday.")).isEmpty();
    }

    @Test
    void genericStatementsWithoutAPlaceAreNotEvents() {
        assertThat(events("Airstrikes kill civilians, the agency said on Thursday.")).isEmpty();
    }

    @Test
    void aHedgeSentenceMakesTheFactsBeforeItUnverified() {
        List<Event> e = events("The army said its jets struck rebel positions near Kadugli on Tuesday, killing "
                + "40 fighters. The Courier could not independently verify the figures.");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).evidence().get(0).hedge()).isEqualTo(Hedge.UNVERIFIED);
        assertThat(e.get(0).status()).isEqualTo(EventStatus.UNVERIFIED);
    }

    @Test
    void theOriginatorIsTheOneCited() {
        Event e = events("Shelling killed four civilians in Kadugli on Monday, according to the Sudan Doctors "
                + "Network.").get(0);
        assertThat(e.attributedTo()).containsExactly("Sudan Doctors Network");
        assertThat(e.evidence().get(0).hedge()).isEqualTo(Hedge.REPORTED);
    }

    @Test
    void evidenceOffsetsPointAtTheSentence() {
        Report r = Analyzed.report("Rapid Support Forces fighters captured Babanusa on Tuesday, residents said.");
        String text = r.body().text();
        assertThat(r.events().events()).isNotEmpty().allSatisfy(x -> x.evidence().forEach(ev ->
                assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text())));
    }

    @Test
    void aStrikeBlamedOnAGroupIsThatGroups() {
        Event e = events("A drone strike blamed on the Rapid Support Forces hit a market in Kadugli on Monday, "
                + "killing five people.").get(0);
        assertThat(e.actor1()).isEqualTo("Rapid Support Forces");
        Event accused = events("The army blamed Monday's shelling of Kadugli on the SPLM-N.").get(0);
        assertThat(accused.actor1()).isEqualTo("Sudan People's Liberation Movement-North");
    }

    @Test
    void aForeignStateForceTakingGroundOvertakesTerritory() {
        List<Event> e = events("Russia's Defence Ministry claimed on Thursday that its troops had captured the "
                + "village of Pishchane near Kupiansk.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1()).isEqualTo("Military Forces of Russia");
            assertThat(x.subEventType()).isEqualTo("Non-state actor overtakes territory");
            assertThat(x.status()).isEqualTo(EventStatus.CLAIMED);
        });
    }

    @Test
    void anAttackWithoutItsMeansIsAnAttackNotAnAirstrike() {
        List<Event> e = events("Gunmen attacked a bus near Kadugli on Tuesday, residents said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Attack"));
    }

    @Test
    void raidsOnManyPlacesWithNoDayAreACampaignNotAnIncident() {
        assertThat(events("Government jets have carried out airstrikes on Kadugli, Babanusa and Muglad, the agency said."))
                .isEmpty();
        assertThat(events("On Monday, government jets carried out airstrikes on Kadugli, Babanusa and Muglad.")).hasSize(3);
    }

    @Test
    void aStrikeToldAgainWithoutItsActorIsTheOneJustTold() {
        List<Event> e = events("Government jets bombed a market in Kadugli on Monday, residents said. The aircraft "
                + "dropped two bombs on the market's grain section.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(2));
    }

    @Test
    void aPlaceFrontedBeforeTheSentenceIsItsPlace() {
        List<Event> e = events("In Kadugli, hundreds of people protested on Tuesday to demand protection for Babanusa.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Kadugli"));
    }

    @Test
    void anAmbushBetweenTwoTownsIsOneEvent() {
        List<Event> e = events("Gunmen ambushed an army convoy between Kadugli and Dilling on Tuesday, killing six soldiers.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Kadugli"));
    }

    @Test
    void oneAccountRepeatedThousandsOfTimesIsOneEventWithBoundedEvidence() {
        Report r = Analyzed.report("Gunmen killed five people in Kano on Monday, police said. ".repeat(3_000));
        assertThat(r.events().events()).singleElement().satisfies(e -> {
            assertThat(e.location().name()).isEqualTo("Kano");
            assertThat(e.evidence()).hasSizeLessThanOrEqualTo(EventDraft.MAX_EVIDENCE);
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("more than " + EventExtractor.MAX_DRAFTS));
    }
}
