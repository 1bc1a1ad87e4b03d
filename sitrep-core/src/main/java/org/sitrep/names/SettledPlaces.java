package org.sitrep.names;

import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

import java.util.List;
import java.util.Set;

/**
 * The second pass of place resolution: the places a first pass put on the map (towns, districts, provinces;
 * not countries) become anchors, so that a small homonym resolved before the report's own region was known
 * (a village 300 km from all the report's other places) is chosen again against all of them, and replaced
 * only by a namesake next to them. A notable town (a city, a provincial seat) is never a stray: reports
 * name far cities ("solidarity with Gaza") as often as near villages.
 */
final class SettledPlaces {
    /** Farther than this from every other settled place, a small place is a stray. */
    static final double STRAY_KM = 250;
    /** Within this of a settled place, a namesake is next to the report's places. */
    static final double NEAR_KM = 60;
    /** From this population on, a place is notable wherever it lies. */
    static final long NOTABLE = 100_000;
    private SettledPlaces() {
    }

    /**
     * Adds the coordinates of the places settled in {@code mentions} to {@code anchors} (at most {@code max}),
     * skipping ids already in {@code anchored}. True when at least one was added.
     */
    static boolean addAnchors(List<Mention> mentions, List<double[]> anchors, Set<Integer> anchored, int max) {
        boolean added = false;
        for (Mention m : mentions) {
            Place p = m.place();
            if (anchors.size() >= max) {
                break;
            }
            if (m.type() != EntityType.LOCATION || p == null || p.geonameid() == null || p.lat() == null
                    || p.lon() == null || p.admin1() == null) {
                continue; // a country has no admin1: it anchors nothing
            }
            if (anchored.add(p.geonameid())) {
                anchors.add(new double[] {p.lat(), p.lon()});
                added = true;
            }
        }
        return added;
    }

    /** True for a small place (not a division, seat or city) farther than {@value #STRAY_KM} km from every anchor. */
    static boolean stray(GeoEntry e, List<double[]> anchors) {
        if (e.isCountry() || e.isAdmin1() || e.population() >= NOTABLE || e.featureCode().startsWith("PPLA")
                || e.featureCode().equals("PPLC") || Double.isNaN(e.lat())) {
            return false;
        }
        boolean others = false;
        for (double[] a : anchors) {
            double d = PlaceResolver.km(a[0], a[1], e.lat(), e.lon());
            if (d > 1) {
                others = true;
                if (d <= STRAY_KM) {
                    return false;
                }
            }
        }
        return others;
    }

    /** True when {@code e} lies within {@value #NEAR_KM} km of an anchor other than itself. */
    static boolean near(GeoEntry e, List<double[]> anchors) {
        if (Double.isNaN(e.lat())) {
            return false;
        }
        for (double[] a : anchors) {
            double d = PlaceResolver.km(a[0], a[1], e.lat(), e.lon());
            if (d > 1 && d <= NEAR_KM) {
                return true;
            }
        }
        return false;
    }
}
