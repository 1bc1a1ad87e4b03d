package org.sitrep.names;

import org.junit.jupiter.api.Test;
import org.sitrep.entity.EntityMerger;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading layer on short texts written for these tests, through the whole pipeline. */
class NamesTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static List<Report> analyze(String... texts) throws Exception {
        List<Report> out = new ArrayList<>();
        int n = 0;
        for (String text : texts) {
            String id = "doc" + (++n);
            Report r = new Report(new RawInput(id, id + ".txt", id + ".txt",
                    (" date 2025-03-14\n" + text).getBytes(StandardCharsets.UTF_8)));
            out.add(PIPELINE.run(r));
        }
        return out;
    }

    private static List<Entity> entities(String... texts) throws Exception {
        return new EntityMerger().merge(analyze(texts));
    }

    private static Optional<Entity> entity(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void anArmedGroupWithNoEntryIsFoundByItsHeadNoun() throws Exception {
        List<Entity> e = entities("Fighters of the Tamarak Liberation Front attacked a checkpoint near Gao on Tuesday.");
        assertThat(entity(e, "Tamarak Liberation Front")).hasValueSatisfying(
                x -> assertThat(x.type()).isEqualTo(EntityType.ARMED_GROUP));
    }

    @Test
    void aVillageMissingFromTheGazetteerIsKeptAsWritten() throws Exception {
        List<Entity> e = entities("Gunmen burned the village of Wuldokaro in Borno state on Monday, residents said.");
        Entity village = entity(e, "Wuldokaro").orElseThrow();
        assertThat(village.type()).isEqualTo(EntityType.LOCATION);
        assertThat(village.place().geonameid()).isNull();
    }

    @Test
    void aHomonymIsSettledByTheReportsCountry() throws Exception {
        Entity lebanon = entity(entities("Clashes in Tripoli left two dead, Lebanese security sources said. "
                + "The army deployed across northern Lebanon."), "Tripoli").orElseThrow();
        assertThat(lebanon.place().country()).isEqualTo("LB");
        Entity libya = entity(entities("Militias fought in Tripoli overnight. Forces loyal to the eastern "
                + "command in Benghazi denied any role in Libya's capital."), "Tripoli").orElseThrow();
        assertThat(libya.place().country()).isEqualTo("LY");
    }

    @Test
    void anAcronymDefinedInParenthesesIsTheSameEntityLater() throws Exception {
        List<Entity> e = entities("The Kordo Defence Brigades (KDB) claimed the raid. A KDB statement said "
                + "fighters had withdrawn.");
        Entity group = entity(e, "Kordo Defence Brigades").orElseThrow();
        assertThat(group.aliases()).contains("KDB");
        assertThat(group.mentions()).isEqualTo(3); // the name, its acronym in parentheses, the acronym again
    }

    @Test
    void aSurnameAloneIsThePersonNamedBefore() throws Exception {
        List<Entity> e = entities("Colonel Amadou Traverso said the convoy was ambushed. Traverso added that "
                + "four soldiers were missing.");
        Entity person = entity(e, "Amadou Traverso").orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentions()).isEqualTo(2);
        assertThat(names(e, EntityType.PERSON)).containsExactly("Amadou Traverso");
    }

    @Test
    void titlesAndRolesAreNotPartOfTheName() throws Exception {
        List<Report> r = analyze("Kremlin spokesperson Dmitry Peskov declined to comment, while President "
                + "Halvor Osei said talks would continue.");
        List<Mention> people = r.get(0).names().mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
        assertThat(people).extracting(Mention::name).containsExactly("Dmitry Peskov", "Halvor Osei");
        assertThat(people.get(0).role()).isEqualTo("Kremlin spokesperson");
        assertThat(people.get(1).role()).isEqualTo("President");
        assertThat(entity(new EntityMerger().merge(r), "Kremlin")).isPresent();
    }

    @Test
    void sentenceOpenersWeekdaysMonthsAndNationalitiesAreNotNames() throws Exception {
        List<Entity> e = entities("Rebels said on Friday that Syrian and Kurdish fighters had left. "
                + "Meanwhile, in March, Sunni clerics called for calm.");
        assertThat(e).extracting(Entity::name)
                .doesNotContain("Rebels", "Friday", "Syrian", "Kurdish", "Meanwhile", "March", "Sunni");
    }

    @Test
    void aProvinceAndItsCityAreOnePlaceAtTheirOwnPrecision() throws Exception {
        List<Report> r = analyze("Rebels entered Aleppo on Friday after sweeping through Aleppo province.");
        List<Mention> places = r.get(0).names().mentions().stream()
                .filter(m -> m.type() == EntityType.LOCATION && m.text().startsWith("Aleppo")).toList();
        assertThat(places).extracting(Mention::text).containsExactly("Aleppo", "Aleppo province");
        assertThat(places).extracting(m -> m.place().geoPrecision()).containsExactly(1, 3);
        assertThat(places.get(0).key()).isEqualTo(places.get(1).key());
    }

    @Test
    void nearAPlaceIsPrecisionTwo() throws Exception {
        List<Report> r = analyze("Shelling hit farms near Kupiansk, Ukrainian officials said.");
        Mention m = r.get(0).names().mentions().stream().filter(x -> x.text().equals("Kupiansk")).findFirst()
                .orElseThrow();
        assertThat(m.place().geoPrecision()).isEqualTo(2);
        assertThat(m.place().country()).isEqualTo("UA");
    }

    @Test
    void acrossAPlaceIsTheWholeArea() throws Exception {
        List<Report> r = analyze("Strikes continued across Gaza on Sunday, the health ministry said.");
        Mention m = r.get(0).names().mentions().stream().filter(x -> x.text().equals("Gaza")).findFirst().orElseThrow();
        assertThat(m.place().geoPrecision()).isEqualTo(3);
    }

    @Test
    void spellingsMergeAcrossReports() throws Exception {
        List<Entity> e = entities(
                "Dmitry Peskov said Hay'at Tahrir al-Sham had attacked Aleppo.",
                "Dmitri Peskov said Hayat Tahrir al-Sham (HTS) fighters were near Aleppo.");
        Entity peskov = entity(e, "Dmitry Peskov").orElseThrow();
        assertThat(peskov.docs()).containsExactly("doc1", "doc2");
        Entity hts = entity(e, "HTS").orElseThrow();
        assertThat(hts.aliases()).contains("Hay'at Tahrir al-Sham", "HTS");
        assertThat(hts.docs()).hasSize(2);
    }

    @Test
    void aDescriptionCountsForTheActorOfTheReportsCountry() throws Exception {
        List<Entity> e = entities("Sudanese army jets struck El Fasher. Government forces later shelled "
                + "the outskirts of the city, according to residents of North Darfur.");
        Entity army = entity(e, "Military Forces of Sudan").orElseThrow();
        assertThat(army.mentions()).isEqualTo(2);
        assertThat(army.aliases()).doesNotContain("Government forces");
    }

    @Test
    void captionsAreReadTooAndMediaDoNotSetTheReportsCountry() throws Exception {
        List<Report> r = analyze("Militia fighters ride through Kidal on March 12, 2025, as the army pulls back. "
                + "(Amadou Kone / AFP via Getty Images)\n\nArmed men attacked a market in Kidal on Wednesday.");
        List<Entity> e = new EntityMerger().merge(r);
        assertThat(entity(e, "Getty Images")).hasValueSatisfying(x -> assertThat(x.type()).isEqualTo(EntityType.MEDIA));
        assertThat(entity(e, "Amadou Kone")).hasValueSatisfying(x -> assertThat(x.type()).isEqualTo(EntityType.PERSON));
        assertThat(entity(e, "Kidal").orElseThrow().place().country()).isEqualTo("ML");
        assertThat(entity(e, "Military Forces of Mali")).isPresent();
        assertThat(entity(e, "Military Forces of France")).isEmpty();
    }

    @Test
    void aRoleInAppositionIsTheRoleOfTheName() throws Exception {
        List<Report> r = analyze("Talia Brennvik, a spokeswoman for the regional council, said the road was closed.");
        Mention m = r.get(0).names().mentions().stream().filter(x -> x.type() == EntityType.PERSON).findFirst()
                .orElseThrow();
        assertThat(m.name()).isEqualTo("Talia Brennvik");
        assertThat(m.role()).isEqualTo("spokeswoman for the regional council");
    }

    @Test
    void aGroupWithoutAHeadNounIsKnownByTheWordAfterIt() throws Exception {
        List<Entity> e = entities("Suspected Ansar Kurmadi militants killed five herders near Gao, officials said.");
        assertThat(entity(e, "Ansar Kurmadi")).hasValueSatisfying(
                x -> assertThat(x.type()).isEqualTo(EntityType.ARMED_GROUP));
    }

    @Test
    void aPlaceNameAfterAnArticleKeepsAWordThatAloneIsNoName() throws Exception {
        List<Entity> e = entities("Fighters entered Al Fula in West Kordofan on Monday.");
        assertThat(entity(e, "Al Fula")).hasValueSatisfying(x -> assertThat(x.place().country()).isEqualTo("SD"));
    }

    @Test
    void aDescriptionAfterASentenceInitialArticleIsFound() throws Exception {
        List<Report> r = analyze("A Sudanese drone hit a fuel depot in Kosti on Sunday.");
        assertThat(r.get(0).names().mentions()).anySatisfy(m -> assertThat(m.name()).isEqualTo("Military Forces of Sudan"));
    }

    @Test
    void aWeakMatchFarFromTheReportsOtherPlacesIsKeptAsWritten() throws Exception {
        List<Entity> e = entities("Rebels entered Masisi and Nyabiondo in North Kivu on Monday, then took Lwibo.");
        Entity lwibo = entity(e, "Lwibo").orElseThrow();
        assertThat(lwibo.place().lat() == null
                || org.sitrep.geo.PlaceResolver.km(lwibo.place().lat(), lwibo.place().lon(), -1.4, 28.8) < 300).isTrue();
    }

    @Test
    void aPlaceAfterASentenceInitialPrepositionIsFound() throws Exception {
        List<Entity> e = entities("In Kadugli, several hundred people marched on Tuesday.");
        assertThat(entity(e, "Kadugli")).hasValueSatisfying(x -> assertThat(x.place().country()).isEqualTo("SD"));
    }

    @Test
    void aKnownNameWrittenWithItsArticleApartIsFound() throws Exception {
        List<Entity> e = entities("The raid was claimed by Al Qaeda, according to Al Jazeera, near Gao on Friday.");
        assertThat(entity(e, "Al Qaeda")).hasValueSatisfying(x -> assertThat(x.type()).isEqualTo(EntityType.ARMED_GROUP));
        assertThat(entity(e, "Al Jazeera")).hasValueSatisfying(x -> assertThat(x.type()).isEqualTo(EntityType.MEDIA));
    }

    @Test
    void aGovernmentIsListedOnlyWhereAReportNamesIt() throws Exception {
        List<Entity> e = entities(
                "Gunmen killed four farmers near Gao in Mali on Monday, authorities said. Malian officials said the government would send help.",
                "The Malian government said troops killed ten militants near Gao in Mali on Tuesday.");
        Entity government = entity(e, "Government of Mali").orElseThrow();
        assertThat(government.docs()).containsExactly("doc2");
    }

    @Test
    void aPersonWithAMiddleInitialIsOneName() throws Exception {
        List<Entity> e = entities("Gunmen burned six houses in Bokkos, Tobias K. Danlami, a youth leader, said on Monday.");
        assertThat(names(e, EntityType.PERSON)).containsExactly("Tobias K. Danlami");
    }

    @Test
    void aLetterAfterACommonWordStillEndsTheSentence() throws Exception {
        List<Report> r = analyze("The convoy reached Camp B. Soldiers unloaded food on Monday.");
        assertThat(r.get(0).reading().sentences()).hasSize(2);
    }

    @Test
    void aCountryNamedInsideAnActorsNameIsAPlaceToo() throws Exception {
        List<Entity> e = entities("Chad's army said its troops killed twelve fighters near Bol on Sunday; US forces were not involved.");
        assertThat(names(e, EntityType.LOCATION)).contains("Chad").doesNotContain("United States");
    }

    @Test
    void theRegimeDesignatesItsGovernment() throws Exception {
        List<Entity> e = entities("Syrian troops shelled Idlib on Monday. The regime denied any attack, authorities in Damascus said.");
        assertThat(entity(e, "Government of Syria")).isPresent();
    }

    @Test
    void aSpanClosedByADemonymOrAPhotoCreditIsNoPerson() throws Exception {
        List<Entity> e = entities("Freed Chadian hostages reached N'Djamena on Friday. (Photo: Marta Lindqvist/AFP)");
        assertThat(names(e, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aTitledBodyOfACountryIsAnOrganisation() throws Exception {
        List<Entity> e = entities("The General Prosecutors of Azerbaijan said in a statement that six civilians died.");
        assertThat(names(e, EntityType.PERSON)).isEmpty();
        assertThat(entity(e, "General Prosecutors of Azerbaijan")).isPresent();
    }

    @Test
    void aTownsBuildingWrittenInLowerCaseIsTheTown() throws Exception {
        List<Entity> e = entities("Six wounded soldiers were taken to the Kaya hospital in Burkina Faso on Sunday.");
        assertThat(names(e, EntityType.LOCATION)).contains("Kaya").doesNotContain("Kaya hospital");
    }

    @Test
    void aPersonAfterATitleWithItsInstitutionIsFound() throws Exception {
        List<Entity> e = entities("The headmaster told Borno State Governor Baba Zulum that ten pupils were missing. "
                + "Last year, Minister of Cabinet Affairs Omar Hadi survived an attack.");
        assertThat(names(e, EntityType.PERSON)).contains("Baba Zulum", "Omar Hadi");
    }

    @Test
    void aPostIsNoNameButItsPlaceIs() throws Exception {
        List<Entity> e = entities("On Monday, the Jiribam Superintendent of Police said six houses burned.",
                "Later the National Security Adviser visited the school in Kaduna.");
        assertThat(names(e, EntityType.LOCATION)).contains("Jiribam");
        assertThat(e).noneSatisfy(x -> assertThat(x.name()).contains("Superintendent"));
        assertThat(e).noneSatisfy(x -> assertThat(x.name()).contains("Adviser"));
    }

    @Test
    void aDivisionDefinedWithItsAcronymIsAPlace() throws Exception {
        List<Entity> e = entities("The train left Peshawar in Khyber Pakhtunkhwa (KP) on Tuesday morning.");
        assertThat(entity(e, "Khyber Pakhtunkhwa")).hasValueSatisfying(
                x -> assertThat(x.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void anOutletNamedWithTheIsFoundWithoutIt() throws Exception {
        List<Entity> e = entities("Shelling hit Poonch on Monday, Punch reported.");
        assertThat(entity(e, "Poonch")).hasValueSatisfying(x -> assertThat(x.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void aNamedMilitaryOperationIsAForce() throws Exception {
        List<Entity> e = entities("Troops of Operation Tamarak Shield killed ten fighters near Bama, a spokesman said.");
        assertThat(entity(e, "Operation Tamarak Shield")).hasValueSatisfying(
                x -> assertThat(x.type()).isEqualTo(EntityType.STATE_FORCE));
    }

    @Test
    void aRunClosedByAPlaceNounIsAPlaceNotAPerson() throws Exception {
        List<Entity> e = entities("Ships avoided the Kerran Tazi Strait on Monday, Houthi officials said.",
                "On Monday, Amina Tazi said the convoy was hit.");
        assertThat(entity(e, "Kerran Tazi Strait")).hasValueSatisfying(
                x -> assertThat(x.type()).isEqualTo(EntityType.LOCATION));
        assertThat(names(e, EntityType.PERSON)).contains("Amina Tazi");
    }

    @Test
    void aNameOpenedByAnArticleAndAHyphenIsNoAdjective() throws Exception {
        List<Entity> e = entities("Fighters attacked the military base at El-bardaale in Bay region on Friday.");
        assertThat(names(e, EntityType.LOCATION)).doesNotContain("El");
        assertThat(e).anySatisfy(x -> assertThat(x.name()).startsWith("El-bardaale"));
    }

    @Test
    void latinIsALanguageNotAPlace() throws Exception {
        List<Entity> e = entities("It was the worst massacre in a Latin American prison, officials in Quito said.");
        assertThat(names(e, EntityType.LOCATION)).doesNotContain("Latin", "Latina");
    }

    @Test
    void aNameAfterAStrongPlaceWordIsAPlaceAndAShipIsNoPerson() throws Exception {
        List<Entity> e = entities("Troops on patrol near Tumbun Gini in Borno State, Nigeria, were ambushed on Monday.",
                "Drones targeted the aircraft carrier Harold Wexley in the Red Sea on Sunday.");
        assertThat(names(e, EntityType.PERSON)).isEmpty();
        assertThat(names(e, EntityType.LOCATION)).contains("Tumbun Gini");
    }

    @Test
    void aDivisionIsNamedByItsHead() throws Exception {
        List<Entity> e = entities("Gunmen attacked a village in Madagali Local Government Area of Adamawa State on Monday.");
        assertThat(names(e, EntityType.LOCATION)).contains("Madagali").noneMatch(n -> n.contains("Local Government"));
    }

    @Test
    void theFederalGovernmentDesignatesItsGovernment() throws Exception {
        List<Entity> e = entities("Gunmen killed ten people in Oromia, Ethiopia, on Monday. The federal government blamed rebels.");
        assertThat(entity(e, "Government of Ethiopia")).isPresent();
    }
}
