package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Analyzed;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.pipeline.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event sieves on short texts written for these tests (published Friday 2025-03-14). */
class EventSievesTest {

    private static List<Event> events(String text) {
        return Analyzed.report(text).events().events();
    }

    @Test
    void anAttackOnAMilitaryBaseIsAClashNotViolenceAgainstCivilians() {
        List<Event> e = events("Militants attacked a military base in Kidal on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void anAttackOnAVillageStaysAnAttack() {
        List<Event> e = events("Gunmen attacked the village of Kidal on Tuesday, killing four residents, "
                + "officials said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Attack"));
    }

    @Test
    void soldiersKilledInAnAttackMakeAClash() {
        List<Event> e = events("Five soldiers were killed in Gao on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void theSubjectOfAPassiveTriggerIsActedOnNotTheActor() {
        List<Event> e = events("Malian soldiers were killed in Gao on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1()).isNull();
            assertThat(x.actor2()).isEqualTo("Military Forces of Mali");
        });
    }

    @Test
    void gunmenWhoTargetAPlaceDoNotMakeAnAirStrike() {
        List<Event> e = events("Gunmen targeted a police station in Gao on Tuesday, officials said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isNotEqualTo("Air/drone strike"));
    }

    @Test
    void aStrikeOnFightersWithNoMeansNamedIsFromTheAir() {
        List<Event> e = events("The air force struck militants near Gao on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Air/drone strike"));
    }

    @Test
    void aPlaceNamedAfterADistanceIsAReferenceNotWhereItHappened() {
        List<Event> e = events("Militants attacked an army base in Ansongo, 90 km south of Gao, on Tuesday, "
                + "the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Ansongo"));
        List<Event> only = events("Militants attacked an army base 90 kilometres south of Gao on Tuesday.");
        assertThat(only).isEmpty();
    }

    @Test
    void aKillingToldAgainWithItsMeansIsOneIncident() {
        List<Event> e = events("Twelve people were killed in Kherson on Tuesday, officials said.\n\n"
                + "A missile hit a residential building in Kherson on Tuesday morning, the governor said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(x.fatalities()).isEqualTo(12);
            assertThat(x.evidence()).hasSize(2);
        });
    }

    @Test
    void everyEventRecordsTheRuleThatDecidedEachSlot() {
        Report r = Analyzed.report("Russian forces captured the village of Pishchane on Wednesday, the ministry said.");
        Events events = r.events();
        assertThat(events.events()).isNotEmpty();
        var rules = events.rulesOf(events.events().get(0).id());
        assertThat(rules).containsEntry("trigger", "trigger:territory")
                .containsEntry("place", "place:after-trigger")
                .containsEntry("date", "date:sentence")
                .containsKey("actor1");
    }

    @Test
    void theEndsOfAJourneyAreNotWhereTheAmbushHappened() {
        List<Event> e = events("A bus travelling from Gao to Mopti was ambushed near Douentza on Tuesday, "
                + "officials said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Douentza"));
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernmentNotAPlace() {
        List<Event> e = events("Fighting broke out after what Bamako said were attacks in Gao on Tuesday.");
        assertThat(e).allSatisfy(x -> assertThat(x.location().name()).isNotEqualTo("Bamako"));
    }

    @Test
    void theCapitalOfTheCountryNamedIsAPlace() {
        List<Event> e = events("Militants attacked a police school in Mali's capital on Tuesday, officials said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.location().name()).isEqualTo("Bamako");
            assertThat(x.subEventType()).isEqualTo("Armed clash");
        });
    }

    @Test
    void aHijackingIsAnAbduction() {
        List<Event> e = events("Gunmen hijacked a passenger train near Sibi on Tuesday, taking dozens hostage.");
        assertThat(e).extracting(Event::subEventType).contains("Abduction/forced disappearance");
    }

    @Test
    void aDatelinePlaceIsWhereTheReportWasFiledNotWhereItHappened() {
        List<Event> e = events("BAMAKO — Militants attacked an army base in Boni on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Boni"));
    }

    @Test
    void aBaseWestOfTheCapitalIsNotInTheCapital() {
        List<Event> e = events("Militants attacked an army base west of the Malian capital on Tuesday.");
        assertThat(e).allSatisfy(x -> assertThat(x.location().name()).isNotEqualTo("Bamako"));
    }

    @Test
    void aCaptureUndoneInTheTellingIsARaid() {
        List<Event> e = events("The attackers briefly captured a base near Gao on Tuesday, officials said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void aBombThatOpensAnAssaultIsOneArmedClash() {
        List<Event> e = events("A suicide bomber blew up a car at the gate of the army base in Gao on Tuesday "
                + "before gunmen stormed the base, officials said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Armed clash");
            assertThat(x.location().name()).isEqualTo("Gao");
        });
    }

    @Test
    void theDayItWasSaidGivesWayToTheDayALaterSentenceSaysItHappened() {
        List<Event> e = events("Five soldiers were wounded in an attack on an army post in Gao, officials said on "
                + "Thursday.\n\nA local radio on Thursday reported the attack occurred on Tuesday night.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.eventDate()).isEqualTo(
                java.time.LocalDate.of(2025, 3, 11)));
    }

    @Test
    void reclaimingAPlaceIsRegainingIt() {
        List<Event> e = events("Malian forces reclaimed control of Gao on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType())
                .isEqualTo("Government regains territory"));
    }

    @Test
    void gunmenNoGroupIsNamedForAreAnUnidentifiedArmedGroupOfTheCountry() {
        List<Event> e = events("Gunmen abducted 12 farmers in Gusau on Tuesday, police said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.actor1())
                .isEqualTo("Unidentified Armed Group (Nigeria)"));
    }

    @Test
    void protestersNoGroupIsNamedForAreTheCountrysProtesters() {
        List<Event> e = events("Hundreds of protesters marched in Kano on Tuesday against fuel prices.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.actor1()).isEqualTo("Protesters (Nigeria)"));
    }

    @Test
    void theActorOfASubordinateClauseIsNotTheMainClausesSubject() {
        List<Event> e = events("The army launched an operation in Sibi on Tuesday after gunmen hijacked a train there.");
        assertThat(e).filteredOn(x -> x.subEventType().startsWith("Abduction"))
                .allSatisfy(x -> assertThat(x.actor1()).doesNotStartWith("Military Forces"));
    }

    @Test
    void peopleTakenToSafetyAreNoCaptureAndDoNotHideTheAttack() {
        List<Event> e = events("Workers sought refuge in a hotel after insurgents attacked Palma on Wednesday, and a few "
                + "were taken to safety by helicopter.");
        assertThat(e).extracting(Event::subEventType).doesNotContain("Non-state actor overtakes territory")
                .contains("Attack");
    }

    @Test
    void aStrikeByAGroupWithNoMeansNamedIsOnTheGroundAndABomberIsItsMeans() {
        List<Event> byGroup = events("Al-Shabaab fighters targeted an army checkpoint in Jowhar on Tuesday.");
        assertThat(byGroup).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
        List<Event> bomber = events("A suicide car bomber struck an army checkpoint in Jowhar on Tuesday.");
        assertThat(bomber).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Suicide bomb"));
    }

    @Test
    void aSentenceSummingUpSeveralIncidentsInAProvinceIsNoIncident() {
        List<Event> e = events("Militants attacked two military bases in Borno State on Tuesday, the army said.");
        assertThat(e).isEmpty();
    }

    @Test
    void aDatelineAfterAHeadlineLineIsStillADateline() {
        List<Event> e = events("Troops repel attack\n\nMAIDUGURI, Nigeria (Reuters) - Troops killed 11 fighters "
                + "on Tuesday, the military said.");
        assertThat(e).allSatisfy(x -> assertThat(x.location().name()).isNotEqualTo("Maiduguri"));
    }

    @Test
    void aLedeEventWithoutItsActorHasTheOneActorTheHeadlineNames() {
        List<Event> e = events("Al-Shabaab fighters kill 12 soldiers in Somalia\n\nTwelve soldiers were killed when "
                + "their base in Qoryooley came under attack on Tuesday, officials said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1()).isEqualTo("al-Shabaab");
            assertThat(x.actor2()).isEqualTo("Military Forces of Somalia");
        });
    }

    @Test
    void theLedeInAProvinceAndTheStoryInATownOfItAreOneIncident() {
        List<Event> e = events("Militants attacked soldiers in Kirkuk province on Tuesday, killing two soldiers, "
                + "officials said.\n\nThe militants attacked Dibis town in Kirkuk on Tuesday, killing two soldiers, "
                + "a police officer said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Dibis"));
    }

    @Test
    void aByPhraseAFewWordsAfterTheTriggerNamesTheActor() {
        List<Event> e = events("Rockets believed to have been fired by Islamic State militants landed near Prde in "
                + "Kirkuk on Tuesday.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.actor1()).isEqualTo("Islamic State"));
    }

    @Test
    void aSiteTheGazetteerDoesNotKnowThenItsTownIsPlacedAtTheTownAndASchoolIsNoArmedTarget() {
        List<Event> e = events("Gunmen attacked the Government Secondary School, Kankara on Tuesday, officials said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.location().name()).isEqualTo("Kankara");
            assertThat(x.location().geoPrecision()).isEqualTo(2);
            assertThat(x.subEventType()).isEqualTo("Attack");
        });
    }

    @Test
    void anAmbushThatFallsOnPeopleFleeingIsAnAttackOnCivilians() {
        List<Event> e = events("About 100 people fleeing the town of Mocimboa on Friday fell into an ambush by "
                + "insurgents, with at least seven killed.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Attack");
            assertThat(x.actor2()).isEqualTo("Civilians (Mozambique)");
        });
        List<Event> patrol = events("A patrol of soldiers fell into an ambush near Mocimboa on Friday.");
        assertThat(patrol).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void aSubordinateClauseWithItsOwnDayAndPlaceIsAnIncidentOfItsOwn() {
        List<Event> e = events("Six people were killed on Thursday in Gao, a day after a priest was killed in a "
                + "rocket attack in Ansongo on Wednesday.");
        assertThat(e).hasSize(2);
        assertThat(e).filteredOn(x -> x.location().name().equals("Ansongo")).singleElement().satisfies(x -> {
            assertThat(x.eventDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
            assertThat(x.subEventType()).isEqualTo("Shelling/artillery/missile attack");
        });
        assertThat(e).filteredOn(x -> x.location().name().equals("Gao")).singleElement()
                .satisfies(x -> assertThat(x.eventDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 13)));
    }

    @Test
    void fightingBetweenTwoSidesHasTheFirstAsActorAndTheSecondAsTarget() {
        List<Event> e = events("Fighting between the Taliban and Afghan security forces broke out in Kunduz on Sunday.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.actor1()).isEqualTo("Taliban");
            assertThat(x.actor2()).isEqualTo("Military Forces of Afghanistan");
        });
    }

    @Test
    void aDatelinesDayIsTheFilingDayNotTheIncidents() {
        List<Event> e = events("GAO, March 14 (Agency) -- Overnight airstrikes on a fuel depot in Gao killed 12 "
                + "people, officials said.\n\nThe strikes began late on Thursday, officials said.");
        assertThat(e).isNotEmpty().allSatisfy(x -> assertThat(x.eventDate()).isNotEqualTo(java.time.LocalDate.of(2025, 3, 14)));
    }

    @Test
    void theNextSentenceOfAParagraphThatNamesNoPlaceGoesOnAtTheSamePlace() {
        List<Event> e = events("Gunmen abducted 40 passengers near Sibi on Tuesday, officials said. Security forces "
                + "killed 16 of the attackers on Tuesday, the army said.");
        assertThat(e).extracting(x -> x.location().name()).containsOnly("Sibi");
        assertThat(e).extracting(Event::subEventType).contains("Armed clash");
    }

    @Test
    void militaryEuphemismsForKillingAreKillings() {
        List<Event> e = events("Security forces neutralised 12 militants in Gao on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void aStrikeWithNoMeansTakesTheOneMeansTheReportNamesAndAnExplosionIsABomb() {
        List<Event> e = events("Artillery shells hit a market in Zakho on Tuesday, officials said.\n\n"
                + "Tuesday's strike on the market came as the town was crowded.");
        assertThat(e).extracting(Event::subEventType).containsOnly("Shelling/artillery/missile attack");
        List<Event> blast = events("Another explosion struck a hotel in Kabul on Tuesday, officials said.");
        assertThat(blast).singleElement().satisfies(x -> assertThat(x.subEventType())
                .isEqualTo("Remote explosive/landmine/IED"));
    }

    @Test
    void aCountryThatSuffersTheEventDoesNotAct() {
        List<Event> e = events("An assault on an army post in Inates, Niger, left 71 soldiers dead on Tuesday.");
        assertThat(e).isNotEmpty().allSatisfy(x -> assertThat(x.actor1()).isNotEqualTo("Military Forces of Niger"));
    }

    @Test
    void aTollToldOnTheDayItWasSaidStillGoesToTheEventBefore() {
        List<Event> e = events("A drone struck a bus station in Sumy on Wednesday, officials said.\n\n"
                + "At least 11 people were wounded, officials said on Thursday.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.injuries()).isEqualTo(11));
    }

    @Test
    void aProtestWhoseCrowdThrewStonesIsARiotByRioters() {
        List<Event> e = events("Hundreds of protesters threw stones at the police in Kano on Tuesday, "
                + "witnesses said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Violent demonstration");
            assertThat(x.actor1()).isEqualTo("Rioters (Nigeria)");
        });
    }

    @Test
    void aProtestDispersedWithTearGasIsAProtestWithIntervention() {
        List<Event> e = events("Police fired tear gas to disperse protesters who marched in Kano on Tuesday.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType())
                .isEqualTo("Protest with intervention"));
        List<Event> calm = events("Hundreds of protesters marched in Kano on Tuesday, witnesses said.");
        assertThat(calm).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Peaceful protest"));
    }

    @Test
    void clashesBesideACrowdWithNoArmedSideAreARiot() {
        List<Event> e = events("Angry crowds gathered around the convoy in Kano on Monday, residents said.\n\n"
                + "Clashes broke out in Kano on Tuesday.");
        assertThat(e).anySatisfy(x -> {
            assertThat(x.subEventType()).isEqualTo("Violent demonstration");
            assertThat(x.eventDate()).hasToString("2025-03-11");
        });
        List<Event> battle = events("Clashes broke out between the army and Boko Haram in Kano on Tuesday.");
        assertThat(battle).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void anIncidentTheReportMeasuresFromIsNotToldAgain() {
        List<Event> e = events("Gunmen killed 40 villagers in Kidal on Tuesday, officials said. It was one of the "
                + "deadliest such incidents since the attack in Gao.");
        assertThat(e).isNotEmpty().extracting(x -> x.location().name()).doesNotContain("Gao");
    }

    @Test
    void theLedeWithNoPlaceTakesTheTownItsReportIsAbout() {
        List<Event> e = events("Sponsor line: read more from us\n\n"
                + "In Kidal, residents had begun to dig trenches around the market on their own. On Wednesday, "
                + "a video of the scene was shared online.\n\n"
                + "The previous morning, dozens of men on motorbikes shot dead villagers who, like others in the "
                + "north, had been told to dig trenches by the head of Gao's council, residents said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.location().name()).isEqualTo("Kidal");
            assertThat(x.eventDate()).hasToString("2025-03-11");
        });
    }

    @Test
    void armedMenKilledByForcesAreABattleAndTheByPhraseReachesPastTheDay() {
        List<Event> e = events("Three separatist fighters including a commander were killed on Tuesday, March 11, "
                + "by the Cameroonian military in Kumba, a local official said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Armed clash");
            assertThat(x.actor1()).isEqualTo("Military Forces of Cameroon");
        });
    }

    @Test
    void aTownNamedWithItsProvinceIsWhereNotTheProvince() {
        List<Event> e = events("Rockets fired by militants landed near an army post on the outskirts of Kelebrin town "
                + "in Kirkuk on Tuesday, a commander said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Kelebrin"));
    }

    @Test
    void anAttackInAnotherNamedTownIsNotJoinedToAStrikeOnAnUnknownOne() {
        List<Event> e = events("Rockets fired by militants landed near an army post on the outskirts of Kelebrin town "
                + "in Kirkuk on Tuesday, a commander said. Militants attacked Dibis town in Kirkuk on Tuesday, "
                + "killing two soldiers, police said.");
        assertThat(e).extracting(x -> x.location().name()).contains("Kelebrin", "Dibis");
    }

    @Test
    void aReferringSentenceThatNamesTwoEndsOfASpanTellsNoNewEvent() {
        List<Event> e = events("Militants attacked an army base in Kidal on Tuesday, the army said.\n\n"
                + "Officials blamed the attacks on the security vacuum between Gao and Bamako.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().name()).isEqualTo("Kidal"));
    }

    @Test
    void aBombBeforeGunmenBrokeInIsOneClash() {
        List<Event> e = events("A suicide bomber blew himself up at the army base in Gao on Tuesday before gunmen "
                + "broke in and briefly held it, police said.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Armed clash");
            assertThat(x.actor2()).isNotEqualTo("Police Forces of Mali");
        });
    }

    @Test
    void anIncidentToldWithoutItsDayHappenedOnTheDayTheLedeTells() {
        List<Event> e = events("At least ten soldiers were killed on Tuesday when militants attacked two army "
                + "bases in the Gao region, officials said.\n\n"
                + "The militants also launched a dawn attack on a military base at Ansongo.");
        assertThat(e).anySatisfy(x -> {
            assertThat(x.location().name()).isEqualTo("Ansongo");
            assertThat(x.eventDate()).hasToString("2025-03-11");
        });
    }

    @Test
    void aDayThatNamesAnotherIncidentDoesNotDateTheSentence() {
        List<Event> e = events("Artillery shelled Gao, in retaliation for the March 2 Kidal attack, officials said.");
        assertThat(e).isNotEmpty().allSatisfy(x -> assertThat(x.eventDate()).isNotEqualTo(java.time.LocalDate.of(2025, 3, 2)));
    }

    @Test
    void aStrikeWithNoPlaceIsPlacedByTheNextSentenceThatRefersToIt() {
        List<Event> e = events("At least nine villagers were killed on Sunday by drone strikes in the north of the "
                + "country, local sources said. Rebels blamed the army for the strikes at Ansongo, near the border.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Air/drone strike");
            assertThat(x.location().name()).isEqualTo("Ansongo");
        });
    }

    @Test
    void fightingThatGoesOnWithNoPlaceIsTheWarNotAnIncident() {
        List<Event> e = events("Drone strikes killed nine villagers in Ansongo on Sunday, in a region where the "
                + "army is fighting rebels, officials said.");
        assertThat(e).isNotEmpty().extracting(Event::subEventType).doesNotContain("Armed clash");
        List<Event> placed = events("Rebels are fighting in Ansongo, residents said on Friday.");
        assertThat(placed).extracting(Event::subEventType).containsExactly("Armed clash");
    }

    @Test
    void strikesToldInThePresentPerfectAreATallyNoTownHolds() {
        List<Event> e = events("Fighting spread across Kidal on Tuesday as rebels pushed into the town, residents "
                + "said.\n\nAir strikes on rebel-held areas have killed at least 19 civilians, a monitor said.");
        assertThat(e).isNotEmpty().extracting(Event::subEventType).doesNotContain("Air/drone strike");
    }

    @Test
    void copySetOneSentenceToALineHasItsLedeInItsFirstSentences() {
        List<Event> e = events("Residents of a farming settlement in the north of the country woke to the sound of "
                + "gunfire early on Tuesday morning, officials said.\n"
                + "Police sent reinforcements to the area from the state capital, a spokesman said.\n"
                + "Two students were abducted from a school and later freed, officials said.\n"
                + "The gunmen went from house to house in Kidal, a local leader said.");
        assertThat(e).anySatisfy(x -> assertThat(x.location().name()).isEqualTo("Kidal"));
    }

    @Test
    void anAttackOnTheNightOfTwoDaysIsOneIncidentOnTheFirst() {
        List<Event> e = events("Sixteen soldiers were killed in an attack on an army post in Kidal on the night of "
                + "March 10-11, the army said on Wednesday.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.eventDate()).hasToString("2025-03-10"));
    }

    @Test
    void aStrikeThatAirDefenceStoppedIsDisruptedWeaponsUseAtTheCityPointedBack() {
        List<Event> e = events("Russian forces also launched missile attacks on Kharkiv on Tuesday.\n\n"
                + "Ukrainian air defence destroyed the missiles launched at that city, officials said in a statement "
                + "that the power station in Kyiv was not hit.");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Disrupted weapons use");
            assertThat(x.location().name()).isEqualTo("Kharkiv");
            assertThat(x.actor2()).isEqualTo("Military Forces of Russia");
        });
    }

    @Test
    void whoTellsOfAnAttackDidNotDoItUnlessItTellsOfItsOwnDoing() {
        List<Event> told = events("A senior police officer in Lamu said the militants attacked civilians in Lamu "
                + "on Tuesday.");
        assertThat(told).isNotEmpty().allSatisfy(x -> assertThat(x.actor1()).isNotEqualTo("Police Forces of Kenya"));
        List<Event> own = events("The Malian army announced on Tuesday that it had taken Kidal from the rebels.");
        assertThat(own).singleElement().satisfies(x -> assertThat(x.actor1()).isEqualTo("Military Forces of Mali"));
        List<Event> claimed = events("JNIM said Sunday it had seized Kidal from the army.");
        assertThat(claimed).singleElement().satisfies(x -> assertThat(x.actor1())
                .isEqualTo("Jama'at Nusrat al-Islam wal-Muslimin"));
    }

    @Test
    void theSourceAHeadlineCreditsIsNotItsActor() {
        List<Event> e = events("Sixteen soldiers killed in attack on check post in Kidal: Malian army\n\n"
                + "Sixteen soldiers were killed in an attack on a check post in Kidal on Tuesday, the army said.");
        assertThat(e).isNotEmpty().allSatisfy(x -> assertThat(x.actor1()).isNotEqualTo("Military Forces of Mali"));
    }

    @Test
    void aNameThatDescribesTheNextIsNotTheActor() {
        List<Event> e = events("A militant attack on a military camp in Bamako on Tuesday killed 20 soldiers.\n\n"
                + "The attack was claimed by the Al Qaeda-linked JNIM group. Mali has been ravaged by factions "
                + "affiliated to Al Qaeda.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.actor1())
                .isEqualTo("Jama'at Nusrat al-Islam wal-Muslimin"));
    }

    @Test
    void theFightingOnTheDayATownChangedHandsIsItsCapture() {
        List<Event> e = events("Rebels took control of the town of Kidal on Tuesday, officials said.\n\n"
                + "In Kidal, fighting between rebels and the army took place near the governor's office on Tuesday, "
                + "a councillor said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType())
                .isEqualTo("Non-state actor overtakes territory"));
    }

    @Test
    void theDeadToldAgainAreNoIncidentOfTheirOwn() {
        List<Event> e = events("Artillery shells hit a resort in Zakho on Wednesday, killing nine tourists, "
                + "officials said.\n\nMany of the dead were from the south, where temperatures were high this week.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.eventDate()).hasToString("2025-03-12"));
    }

    @Test
    void twoExplosionsAtOneTownOnOneDayAreOneBombingOfTheMostSpecificKind() {
        List<Event> e = events("A suicide bomber detonated an explosion at the gate of the airport in Kabul on "
                + "Thursday, officials said.\n\nAnother explosion struck a nearby hotel in Kabul on Thursday.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Suicide bomb"));
    }

    @Test
    void theEndOfAJourneyIsNotWhereTheCrowdStoppedIt() {
        List<Event> e = events("When the convoy wanted to continue its journey to Niamey on Saturday, it was stopped "
                + "by a crowd of protesters in Tera, the army said.");
        assertThat(e).isNotEmpty().extracting(x -> x.location().name()).doesNotContain("Niamey");
    }

    @Test
    void anAttackToldWithoutItsActorIsTheOneArmedGroupTheReportNames() {
        List<Event> e = events("Boko Haram has stepped up its raids in the north, officials said.\n\n"
                + "Attackers killed four soldiers at an army post in Gwoza on Tuesday, the army said.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.actor1()).contains("Boko Haram"));
        List<Event> strike = events("Boko Haram has stepped up its raids in the north, officials said.\n\n"
                + "An air strike hit a camp in Gwoza on Tuesday, the army said.");
        assertThat(strike).isNotEmpty().allSatisfy(x -> assertThat(x.actor1()).doesNotContain("Boko Haram"));
    }

    @Test
    void theOneTownTheHeadlineNamesIsTheTownTheReportIsAbout() {
        List<Event> e = events("Kidal residents flee rebel assault\n\n"
                + "Residents of Kidal streamed into Gao on foot on Tuesday, a day after the assault, officials in Gao "
                + "said. The fighters attacked from three directions at dawn on Monday, residents said.\n\n"
                + "Aid groups in Gao said food was short in Gao.");
        assertThat(e).anySatisfy(x -> assertThat(x.location().name()).isEqualTo("Kidal"));
    }

    @Test
    void inADemonstrationTheCrowdActsAndTheForcesAreItsOtherSide() {
        List<Event> e = events("Police in Nairobi fired tear gas at hundreds of protesters who marched on parliament "
                + "on Tuesday, witnesses said.\n\nIn Mombasa, thousands of people rallied peacefully on Tuesday.");
        assertThat(e).anySatisfy(x -> {
            assertThat(x.subEventType()).isEqualTo("Protest with intervention");
            assertThat(x.actor1()).isEqualTo("Protesters (Kenya)");
            assertThat(x.actor2()).isEqualTo("Police Forces of Kenya");
        });
        assertThat(e).anySatisfy(x -> {
            assertThat(x.subEventType()).isEqualTo("Peaceful protest");
            assertThat(x.actor1()).isEqualTo("Protesters (Kenya)");
            assertThat(x.actor2()).isNull();
        });
    }

    @Test
    void killingsAndFiresOfADemonstrationAreTheDemonstrationsNotEventsOfTheirOwn() {
        List<Event> shot = events("At least two people were killed when police opened fire on demonstrators in "
                + "Nairobi on Tuesday, a rights group said.");
        assertThat(shot).singleElement().satisfies(x -> assertThat(x.subEventType())
                .isEqualTo("Excessive force against protesters"));
        List<Event> fire = events("Hundreds of rioters set fire to a police station in Kisumu on Monday, "
                + "police said.");
        assertThat(fire).singleElement().satisfies(x -> {
            assertThat(x.subEventType()).isEqualTo("Violent demonstration");
            assertThat(x.actor1()).isEqualTo("Rioters (Kenya)");
        });
    }
}
