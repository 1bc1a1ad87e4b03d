package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Names;
import org.sitrep.model.Place;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A town placed in a country the report never names keeps its name but loses the wrong coordinates. */
class ForeignHomonymsTest {
    private static final Place MAJORCA = new Place("Palma", "ES", "Balearic Islands", 39.57, 2.65, 2512989, 1);
    private static final Place MOZAMBIQUE = new Place("Mozambique", "MZ", null, -18.0, 35.0, 1036973, 3);

    private static final ForeignHomonyms HOMONYMS = new ForeignHomonyms(Gazetteer.loadDefault());

    private static Mention country(Place p) {
        return new Mention(0, 0, 10, p.name(), EntityType.LOCATION, "geo:" + p.geonameid(), p.name(), false, null, p);
    }

    @Test
    void aTownInACountryTheReportNeverNamesIsUnplaced() {
        Names names = new Names(List.of(country(MOZAMBIQUE)), List.of("MZ", "ES"));
        Place p = HOMONYMS.localize(MAJORCA, names);
        assertThat(p.name()).isEqualTo("Palma");
        assertThat(p.lat()).isNull();
        assertThat(p.country()).isNull();
    }

    @Test
    void aTownInTheReportsOwnOrANamedCountryStays() {
        assertThat(HOMONYMS.localize(MAJORCA, new Names(List.of(), List.of("ES")))).isEqualTo(MAJORCA);
        Place spain = new Place("Spain", "ES", null, 40.0, -4.0, 2510769, 3);
        assertThat(HOMONYMS.localize(MAJORCA, new Names(List.of(country(spain)), List.of("MZ", "ES"))))
                .isEqualTo(MAJORCA);
    }

    @Test
    void aNameOnlyOneCountryHasIsNoHomonym() {
        Place kharkiv = new Place("Kharkiv", "UA", "Kharkiv", 49.98, 36.25, 706483, 1);
        Place russia = new Place("Russia", "RU", null, 60.0, 100.0, 2017370, 3);
        assertThat(HOMONYMS.localize(kharkiv, new Names(List.of(country(russia)), List.of("RU", "UA"))))
                .isEqualTo(kharkiv);
    }
}
