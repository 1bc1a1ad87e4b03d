package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds from a tiny synthetic GeoNames folder (test resources, country "XS"). */
class GazetteerBuilderTest {

    private static final String DEMONYMS = "XS\tTestlander|Testish\n";
    private static final String ALIASES = "Old Shamal\t9004\tsynthetic alias\nGhost Town\t424242\tnot in the data\n";

    private static GazetteerSources sources;
    private static Path folder;
    private static byte[] built;
    private static GazetteerBuilder.Stats stats;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void build() throws Exception {
        sources = GazetteerSources.of(NameFolder.readResource(NameFolder.DEFAULT_RULES),
                DEMONYMS.getBytes(StandardCharsets.UTF_8), ALIASES.getBytes(StandardCharsets.UTF_8));
        folder = Path.of(GazetteerBuilderTest.class.getResource("mini-geonames").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stats = new GazetteerBuilder(sources).build(folder, out);
        built = out.toByteArray();
        gazetteer = Gazetteer.load(new ByteArrayInputStream(built), sources);
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new GazetteerBuilder(sources).build(folder, again);
        assertThat(again.toByteArray()).isEqualTo(built);
    }

    @Test
    void aFileOfTheOlderFormOneGzipStreamReadsTheSame() throws Exception {
        // The sectioned file: "SGZS", n, n lengths, then n gzip members; the older file is their contents
        // run together in one gzip stream.
        java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(built);
        assertThat(head.getInt(0)).isEqualTo(GazetteerTables.SECTIONED);
        int n = head.getInt(4);
        int at = 8 + 4 * n;
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(one)) {
            for (int i = 0; i < n; i++) {
                int length = head.getInt(8 + 4 * i);
                try (java.util.zip.GZIPInputStream member = new java.util.zip.GZIPInputStream(
                        new ByteArrayInputStream(built, at, length))) {
                    member.transferTo(gz);
                }
                at += length;
            }
        }
        Gazetteer older = Gazetteer.load(new ByteArrayInputStream(one.toByteArray()), sources);
        assertThat(older.byId(9004).orElseThrow()).isEqualTo(gazetteer.byId(9004).orElseThrow());
        assertThat(older.lookup("Kfar Touffah")).isEqualTo(gazetteer.lookup("Kfar Touffah"));
    }

    @Test
    void aCutFileIsRefusedWithAReason() {
        byte[] cut = java.util.Arrays.copyOf(built, built.length - 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(cut), sources))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("cut short");
    }

    @Test
    void countsPlacesDivisionsAndCountries() {
        assertThat(stats.places()).isEqualTo(5);
        assertThat(stats.admin1()).isEqualTo(2);
        assertThat(stats.admin2()).isEqualTo(1);
        assertThat(stats.countries()).isEqualTo(1);
        assertThat(stats.warnings()).anyMatch(w -> w.contains("424242"));
    }

    @Test
    void cities15000OverridesCities500WhichOverridesWof() {
        GeoEntry city = gazetteer.byId(9004).orElseThrow();
        assertThat(city.name()).isEqualTo("Madinat ash Shamal");
        assertThat(city.population()).isEqualTo(150000);
        assertThat(city.lat()).isCloseTo(36.52, org.assertj.core.data.Offset.offset(1e-5));
        GeoEntry village = gazetteer.byId(9001).orElseThrow();
        assertThat(village.name()).isEqualTo("Kafr Tuffāḩ");
        assertThat(village.population()).isEqualTo(900);
        // admin2 known only from the older row is kept when admin1 agrees
        assertThat(village.admin2Code()).isEqualTo("901");
        assertThat(village.admin2Name()).isEqualTo("Upper District");
    }

    @Test
    void alternateNamesAreUnitedAcrossFiles() {
        assertThat(gazetteer.lookup("Shamal City")).extracting(GeoEntry::geonameid).contains(9004);
        assertThat(gazetteer.lookup("North City")).extracting(GeoEntry::geonameid).contains(9004);
        // the name an older file gave is still found
        assertThat(gazetteer.lookup("Madinat al-Shamal")).extracting(GeoEntry::geonameid).contains(9004);
        assertThat(gazetteer.lookup("Kfar Touffah")).extracting(GeoEntry::geonameid).containsExactly(9001);
    }

    @Test
    void dropsCodesUrlsLowerCaseRomanisationsAndOtherScripts() {
        assertThat(gazetteer.lookup("SHM")).isEmpty();
        assertThat(gazetteer.lookup("shamal")).isEmpty();
        assertThat(gazetteer.lookup("كفر تفاح")).isEmpty();
    }

    @Test
    void homonymsAreAllReturned() {
        List<GeoEntry> found = gazetteer.lookup("Sheikh Aqil");
        assertThat(found).extracting(GeoEntry::geonameid).containsExactlyInAnyOrder(9002, 9003);
        assertThat(found).allMatch(e -> e.matchLevel() == MatchLevel.NAME);
    }

    @Test
    void divisionsTakeTheirOwnRowElseTheirSeat() {
        GeoEntry north = gazetteer.byId(9010).orElseThrow();
        assertThat(north.featureCode()).isEqualTo("ADM1");
        assertThat(north.lat()).isCloseTo(36.0, org.assertj.core.data.Offset.offset(1e-5));
        GeoEntry south = gazetteer.admin1("XS", "Southland province").orElseThrow();
        assertThat(south.geonameid()).isEqualTo(9020);
        assertThat(south.lat()).isCloseTo(35.0, org.assertj.core.data.Offset.offset(1e-5)); // Southport, the capital
        GeoEntry upper = gazetteer.byId(9030).orElseThrow();
        assertThat(upper.featureCode()).isEqualTo("ADM2");
        assertThat(upper.lat()).isCloseTo(36.11, org.assertj.core.data.Offset.offset(0.02)); // most populous place in it
    }

    @Test
    void countryByCodeNameAndDemonym() {
        Country xs = gazetteer.country("XS").orElseThrow();
        assertThat(xs.name()).isEqualTo("Testland");
        assertThat(xs.lat()).isCloseTo(35.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(gazetteer.country("Testlanders")).contains(xs);
        assertThat(gazetteer.country("XSS")).contains(xs);
        assertThat(gazetteer.country("xs")).isEmpty();
        assertThat(gazetteer.countryOf(9001)).contains(xs);
    }

    @Test
    void aliasesRankFirst() {
        List<GeoEntry> found = gazetteer.lookup("Old Shamal");
        assertThat(found).first().satisfies(e -> {
            assertThat(e.geonameid()).isEqualTo(9004);
            assertThat(e.matchLevel()).isEqualTo(MatchLevel.ALIAS);
        });
    }

    @Test
    void refusesAFileBuiltWithOtherRules() {
        GazetteerSources other = GazetteerSources.of(NameFolder.readResource(NameFolder.DEFAULT_RULES),
                "XS\tTestlander\n".getBytes(StandardCharsets.UTF_8), ALIASES.getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(built), other))
                .isInstanceOf(IllegalStateException.class);
    }
}
