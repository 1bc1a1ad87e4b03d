package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Skeleton (loosest) matches keep the opening sound of the name written. */
class SkeletonOnsetTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.loadDefault());
    }

    private static PlaceResolver.Context none() {
        return new PlaceResolver.Context(Map.of(), Set.of(), List.of());
    }

    @Test
    void aNameOpeningWithAVowelIsNoSpellingOfOneOpeningWithAConsonant() {
        GeoEntry e = resolver.resolve("Ombasa", none(), false, true);
        assertThat(e == null ? "" : e.asciiName()).as("not Mombasa").doesNotStartWith("M");
        GeoEntry mombasa = new GeoEntry(186301, "Mombasa", "Mombasa", -4.05, 39.66, "P", "PPLA", "KE", "19", "Mombasa",
                "", "", 1_208_333, MatchLevel.SKELETON);
        assertThat(SkeletonOnset.agrees(resolver.gazetteer().folder(), "Ombasa", mombasa)).isFalse();
        assertThat(SkeletonOnset.agrees(resolver.gazetteer().folder(), "Mumbasa", mombasa)).isTrue();
    }

    @Test
    void aSpellingThatOpensAlikeIsStillMatchedByItsSkeleton() {
        GeoEntry e = resolver.resolve("Mumbasa", none(), false, true);
        assertThat(e).isNotNull();
        assertThat(e.countryCode()).isEqualTo("KE");
        assertThat(e.matchLevel()).isEqualTo(MatchLevel.SKELETON);
    }
}
