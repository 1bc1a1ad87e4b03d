package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Lookups against the shipped gazetteer (loaded once from the classpath). */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
    }

    private static GeoEntry first(String name) {
        List<GeoEntry> found = gazetteer.lookup(name);
        assertThat(found).as(name).isNotEmpty();
        return found.get(0);
    }

    private static List<Integer> ids(String name) {
        return gazetteer.lookup(name).stream().map(GeoEntry::geonameid).toList();
    }

    @Test
    void syrianCityRanksBeforeItsGovernorate() {
        List<GeoEntry> found = gazetteer.lookup("Aleppo");
        assertThat(found.get(0).geonameid()).isEqualTo(170063);
        assertThat(found.get(0).featureCode()).isEqualTo("PPLA");
        assertThat(found.get(0).admin1Name()).isEqualTo("Aleppo");
        assertThat(found).extracting(GeoEntry::geonameid).contains(170062);
        assertThat(found.get(0).lat()).isCloseTo(36.20, offset(0.01));
    }

    @Test
    void ukrainianCitiesUnderSeveralSpellings() {
        assertThat(first("Kyiv").geonameid()).isEqualTo(703448);
        assertThat(first("Kiev").geonameid()).isEqualTo(703448);
        assertThat(first("Kiev").matchLevel()).isEqualTo(MatchLevel.ALTERNATE);
        assertThat(first("Kharkov").geonameid()).isEqualTo(706483);
        assertThat(first("Mykolaiv").geonameid()).isEqualTo(700569);
        assertThat(first("Bakhmut").countryCode()).isEqualTo("UA");
    }

    @Test
    void sudaneseTownsWithAndWithoutArticle() {
        assertThat(first("El Fasher").geonameid()).isEqualTo(379555);
        assertThat(first("Al-Fashir").geonameid()).isEqualTo(379555);
        assertThat(first("Wad Madani").geonameid()).isEqualTo(364103);
        assertThat(first("Omdurman").countryCode()).isEqualTo("SD");
    }

    @Test
    void congoleseAndBurmeseAndOtherTowns() {
        GeoEntry goma = first("Goma");
        assertThat(goma.geonameid()).isEqualTo(216281);
        assertThat(goma.admin1Name()).isEqualTo("North Kivu");
        assertThat(first("Myawaddy").countryCode()).isEqualTo("MM");
        assertThat(first("Khan Younis").countryCode()).isEqualTo("PS");
        assertThat(first("Timbuktu").countryCode()).isEqualTo("ML");
    }

    @Test
    void villagesKnownOnlyThroughAlternateSpellings() {
        assertThat(ids("Ain Daqna")).contains(172145);
        assertThat(ids("Sheikh Issa")).contains(172684);
        assertThat(ids("Urm al-Kubra")).contains(162789);
        assertThat(ids("Khan al-Asal")).contains(168368);
        assertThat(ids("Tal Rifaat")).contains(163476);
        assertThat(ids("Darat Izza")).contains(170857);
        assertThat(ids("Nayrabiyah")).contains(166355);
    }

    @Test
    void skeletonIsOnlyAFallbackAndSaysSo() {
        List<GeoEntry> qubtan = gazetteer.lookup("Qubtan al-Jabal");
        assertThat(qubtan).extracting(GeoEntry::geonameid).contains(166267);
        assertThat(qubtan).allMatch(e -> e.matchLevel() == MatchLevel.SKELETON && e.matchLevel().loose());
        assertThat(ids("Kafr Basin")).contains(168709, 168710);
        // an exact hit leaves the skeleton out
        assertThat(gazetteer.lookup("Aleppo")).noneMatch(e -> e.matchLevel().loose());
        assertThat(gazetteer.candidates("Hawar", 200)).anyMatch(e -> e.matchLevel().loose());
    }

    @Test
    void homonymsAreAllCandidates() {
        assertThat(ids("Sheikh Aqil")).contains(172748, 172749);
        assertThat(gazetteer.lookup("Sheikh Aqil")).filteredOn(e -> e.countryCode().equals("SY"))
                .allMatch(e -> e.admin1Name().equals("Aleppo"));
    }

    @Test
    void aliasesFromTheProjectList() {
        GeoEntry balu = first("Balu");
        assertThat(balu.geonameid()).isEqualTo(171914);
        assertThat(balu.matchLevel()).isEqualTo(MatchLevel.ALIAS);
        assertThat(first("Kuweires airbase").geonameid()).isEqualTo(167713);
    }

    @Test
    void countriesByNameCodeAndDemonym() {
        assertThat(gazetteer.country("Syria").orElseThrow().code()).isEqualTo("SY");
        assertThat(gazetteer.country("Syrian").orElseThrow().code()).isEqualTo("SY");
        assertThat(gazetteer.country("SY").orElseThrow().name()).isEqualTo("Syria");
        assertThat(gazetteer.country("Ukrainian").orElseThrow().code()).isEqualTo("UA");
        assertThat(gazetteer.country("Sudanese").orElseThrow().code()).isEqualTo("SD");
        assertThat(gazetteer.country("South Sudanese").orElseThrow().code()).isEqualTo("SS");
        assertThat(gazetteer.country("Burkinabè").orElseThrow().code()).isEqualTo("BF");
        assertThat(gazetteer.country("Ukrainians").orElseThrow().code()).isEqualTo("UA");
        assertThat(gazetteer.country("Kurdish")).isEmpty();
        assertThat(gazetteer.country("us")).isEmpty();
        Country syria = gazetteer.country("Syria").orElseThrow();
        assertThat(syria.lat()).isCloseTo(33.51, offset(0.05)); // Damascus
        assertThat(syria.demonyms()).contains("Syrian");
    }

    @Test
    void everyCountryHasADemonym() {
        assertThat(gazetteer.countries()).hasSizeGreaterThan(240).allMatch(c -> !c.demonyms().isEmpty());
    }

    @Test
    void demonymLookupIsMarked() {
        GeoEntry e = first("Ukrainian");
        assertThat(e.isCountry()).isTrue();
        assertThat(e.matchLevel()).isEqualTo(MatchLevel.DEMONYM);
    }

    @Test
    void firstLevelDivisions() {
        GeoEntry aleppo = gazetteer.admin1("SY", "Aleppo province").orElseThrow();
        assertThat(aleppo.geonameid()).isEqualTo(170062);
        assertThat(aleppo.isAdmin1()).isTrue();
        assertThat(aleppo.lat()).isBetween(35.5, 37.0);
        assertThat(gazetteer.admin1("Syria", "Idlib Governorate").orElseThrow().geonameid()).isEqualTo(169387);
        // named after its seat only: "Kharkiv Oblast" is "Kharkivs'ka Oblast'" in GeoNames
        assertThat(gazetteer.admin1("UA", "Kharkiv Oblast").orElseThrow().admin1Code()).isEqualTo("07");
        assertThat(gazetteer.admin1("SD", "North Darfur")).isPresent();
        assertThat(gazetteer.admin1("UA", "Aleppo")).isEmpty();
        assertThat(gazetteer.lookup("Idlib province")).first().satisfies(e -> assertThat(e.isAdmin1()).isTrue());
    }

    @Test
    void secondLevelDivisions() {
        GeoEntry district = gazetteer.admin2("SY", "Mount Simeon District").orElseThrow();
        assertThat(district.geonameid()).isEqualTo(169326);
        assertThat(district.admin1Code()).isEqualTo("09");
    }

    @Test
    void countryOfAndById() {
        assertThat(gazetteer.countryOf(172749).orElseThrow().code()).isEqualTo("SY");
        assertThat(gazetteer.countryOf(703448).orElseThrow().code()).isEqualTo("UA");
        GeoEntry village = gazetteer.byId(172749).orElseThrow();
        assertThat(village.admin2Name()).isNotEmpty();
        assertThat(village.matchLevel()).isNull();
        assertThat(gazetteer.byId(-5)).isEmpty();
    }

    @Test
    void namesInOtherScriptsOrEmptyFindNothing() {
        assertThat(gazetteer.lookup("")).isEmpty();
        assertThat(gazetteer.lookup("حلب")).isEmpty();
        assertThat(gazetteer.lookup("Xqzvwpl Nowhere Fictional")).isEmpty();
    }

    @Test
    void isSharedSafelyBetweenThreads() throws Exception {
        List<Integer> expected = ids("Sheikh Aqil");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!ids("Sheikh Aqil").equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong.get()).isZero();
    }
}
