package org.sitrep.names;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.MatchLevel;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Place mechanisms of the names stage, on short texts written for these tests. */
class PlaceMechanismsTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static List<Mention> locations(String text) throws Exception {
        Report r = new Report(new RawInput("doc", "doc.txt", "doc.txt",
                (" date 2025-03-14\n" + text).getBytes(StandardCharsets.UTF_8)));
        return PIPELINE.run(r).names().mentions().stream().filter(m -> m.type() == EntityType.LOCATION).toList();
    }

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    @Test
    void aBaseNamedInLowerCaseIsTheLocalityItStandsAt() throws Exception {
        List<Mention> ms = locations("Drones struck the Djibo military base overnight, the army of Burkina Faso said.");
        assertThat(texts(ms)).contains("Djibo").doesNotContain("Djibo military base");
        Mention djibo = ms.stream().filter(m -> m.text().equals("Djibo")).findFirst().orElseThrow();
        assertThat(djibo.place().country()).isEqualTo("BF");
    }

    @Test
    void aBaseAtALocalityTheGazetteerLacksKeepsTheLocalityAsWritten() throws Exception {
        List<Mention> ms = locations("Militants overran the Wuldokaro base in Borno state on Sunday, officials said.");
        Mention m = ms.stream().filter(x -> x.text().equals("Wuldokaro")).findFirst().orElseThrow();
        assertThat(m.place().name()).isEqualTo("Wuldokaro");
        assertThat(m.place().lat()).isNull();
        assertThat(texts(ms)).doesNotContain("Wuldokaro base");
    }

    @Test
    void aPrisonNamedForItselfStaysAWholeFacility() throws Exception {
        List<Mention> ms = locations("Inmates rioted in the Valdora penitentiary in Quito on Monday, police said.");
        assertThat(texts(ms)).contains("Valdora penitentiary");
    }

    @Test
    void aFuelPortAfterANameIsAFacilityNoun() {
        FacilityLocalityAssert.localityOf("Mokha fuel port", "Mokha");
        FacilityLocalityAssert.localityOf("el-Tamra base", "el-Tamra");
        FacilityLocalityAssert.localityOf("Kaya hospital", null);
        FacilityLocalityAssert.localityOf("Military Base", null);
    }

    @Test
    void aPluralPlaceWordAfterAListMakesEveryNameOfItAPlace() throws Exception {
        List<Mention> ms = locations("Fighting spread to the Abu Karim and Nour neighbourhoods on Monday, residents said.");
        assertThat(texts(ms)).contains("Abu Karim", "Nour");
        assertThat(ms.stream().filter(m -> m.text().equals("Abu Karim")).findFirst().orElseThrow().place().geoPrecision())
                .isEqualTo(2);
        // a division word after a list is not part of the first name
        assertThat(texts(locations("Rebels hold villages in Aleppo and Idlib provinces, a monitor said.")))
                .contains("Aleppo").doesNotContain("Aleppo and");
    }

    @Test
    void aNameTheReportCallsAPlaceIsNoGuessedPersonElsewhere() throws Exception {
        String text = "Clashes broke out in the Abu Karim neighbourhood on Monday. By Tuesday the army had "
                + "regained control over Abu Karim, officials said.";
        Report r = new Report(new RawInput("doc", "doc.txt", "doc.txt",
                (" date 2025-03-14\n" + text).getBytes(StandardCharsets.UTF_8)));
        List<Mention> all = PIPELINE.run(r).names().mentions().stream().filter(m -> m.text().equals("Abu Karim")).toList();
        assertThat(all).hasSize(2).allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void aNameAfterAFacilityAndACommaIsTheTownItStandsIn() throws Exception {
        List<Mention> ms = locations("Gunmen stormed the Government Day School, Wuldokaro in Borno state on Friday.");
        Mention town = ms.stream().filter(m -> m.text().equals("Wuldokaro")).findFirst().orElseThrow();
        Mention school = ms.stream().filter(m -> m.text().endsWith("School")).findFirst().orElseThrow();
        assertThat(school.place().name()).isEqualTo("Wuldokaro");
        assertThat(school.place().geoPrecision()).isEqualTo(2);
        assertThat(town.place().geoPrecision()).isEqualTo(1);
    }

    @Test
    void aDivisionOrCountryWhoseNameHoldsAndIsOnePlace() throws Exception {
        assertThat(texts(locations("Protests spread across Bosnia and Herzegovina on Monday, police said.")))
                .contains("Bosnia and Herzegovina").doesNotContain("Bosnia", "Herzegovina");
        assertThat(texts(locations("Rebels shelled Aleppo and Idlib on Monday, a monitor said.")))
                .contains("Aleppo", "Idlib");
    }

    @Test
    void aPersonsCampIsNoPlace() throws Exception {
        List<Mention> ms = locations("Senator Alan Brockwell spoke on Monday. The Brockwell camp said it would appeal.");
        assertThat(texts(ms)).doesNotContain("Brockwell", "Brockwell camp");
    }

    @Test
    void aStrayVillageIsOneFarFromAllTheOtherSettledPlaces() {
        List<double[]> anchors = new ArrayList<>(List.of(new double[] {10.0, 10.0}, new double[] {10.2, 10.1}));
        GeoEntry far = entry(1, 14.0, 10.0, 0, "PPL");       // about 440 km north
        GeoEntry close = entry(2, 10.3, 10.2, 0, "PPL");     // about 40 km away
        GeoEntry city = entry(3, 14.0, 10.0, 500_000, "PPL"); // a city is never a stray
        assertThat(SettledPlaces.stray(far, anchors)).isTrue();
        assertThat(SettledPlaces.stray(close, anchors)).isFalse();
        assertThat(SettledPlaces.stray(city, anchors)).isFalse();
        assertThat(SettledPlaces.near(close, anchors)).isTrue();
        assertThat(SettledPlaces.near(far, anchors)).isFalse();
        // the entry itself is no anchor of its own
        assertThat(SettledPlaces.stray(far, List.<double[]>of(new double[] {14.0, 10.0}))).isFalse();
    }

    @Test
    void settledPlacesAnchorOnceAndNeverACountry() {
        List<double[]> anchors = new ArrayList<>();
        Set<Integer> anchored = new HashSet<>();
        Mention town = new Mention(0, 0, 4, "Kaya", EntityType.LOCATION, "geo:1", "Kaya", false, null,
                new org.sitrep.model.Place("Kaya", "BF", "Centre-Nord", 13.09, -1.08, 1, 1));
        Mention country = new Mention(0, 10, 17, "Burkina", EntityType.LOCATION, "geo:2", "Burkina Faso", false, null,
                new org.sitrep.model.Place("Burkina Faso", "BF", null, 12.5, -1.7, 2, 3));
        assertThat(SettledPlaces.addAnchors(List.of(town, country, town), anchors, anchored, 8)).isTrue();
        assertThat(anchors).hasSize(1);
        assertThat(SettledPlaces.addAnchors(List.of(town), anchors, anchored, 8)).isFalse();
    }

    private static GeoEntry entry(int id, double lat, double lon, long population, String code) {
        return new GeoEntry(id, "X" + id, "X" + id, lat, lon, "P", code, "ZZ", "01", "One", "", "", population,
                MatchLevel.NAME);
    }

    /** FacilityLocality against the shipped name context. */
    private static final class FacilityLocalityAssert {
        private static final NameContext CONTEXT = NameContext.loadDefault();

        static void localityOf(String text, String expected) {
            assertThat(FacilityLocality.of(text, CONTEXT)).as(text).isEqualTo(expected);
        }
    }
}
