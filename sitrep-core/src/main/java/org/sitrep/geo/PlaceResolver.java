package org.sitrep.geo;

import org.sitrep.model.Place;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among the gazetteer's homonyms for a place name, using what the report says around it: the
 * countries it is about, the provinces it names, the other places it names (nearness), then population
 * and rank. Immutable, thread-safe.
 */
public final class PlaceResolver {
    private static final int CANDIDATES = 40;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * What the rest of the report says: country focus (ISO code to weight 0..1), the folded names of the
     * divisions it names, and the coordinates of the places it has already settled.
     */
    public record Context(Map<String, Double> focus, Set<String> namedDivisions, List<double[]> anchors) {
    }

    /**
     * The best entry for {@code name}, or null when the gazetteer has none worth taking. {@code division}
     * prefers first- and second-level divisions ("Aleppo province"); {@code loose} accepts consonant-skeleton
     * matches (only when the text says it is a place).
     */
    public GeoEntry resolve(String name, Context context, boolean division, boolean loose) {
        List<GeoEntry> candidates = gazetteer.lookup(name, CANDIDATES);
        GeoEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int rank = 0;
        for (GeoEntry e : candidates) {
            if (e.matchLevel() != null && e.matchLevel().loose()
                    && (!loose || !SkeletonOnset.agrees(gazetteer.folder(), name, e))) {
                continue;
            }
            double score = score(e, context, division, rank++);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best != null && stray(best, context) ? null : best;
    }

    private static final double STRAY_KM = 300;

    /**
     * True for a weak match far from every place the report has settled: a spelling matched only by its
     * consonants, or a hamlet or district without population, more than {@value #STRAY_KM} km from all of
     * them ("Lwibo" is not Luebo, 1,000 km away). Kept as written rather than put on the wrong map.
     */
    private static boolean stray(GeoEntry e, Context c) {
        if (c.anchors().isEmpty() || e.isCountry() || e.isAdmin1()) {
            return false;
        }
        boolean weak = (e.matchLevel() != null && e.matchLevel().loose()) || e.population() < 1000;
        if (!weak) {
            return false;
        }
        for (double[] a : c.anchors()) {
            if (km(a[0], a[1], e.lat(), e.lon()) <= STRAY_KM) {
                return false;
            }
        }
        return true;
    }

    private double score(GeoEntry e, Context c, boolean division, int rank) {
        double s = 0;
        s += 4.0 * c.focus().getOrDefault(e.countryCode(), 0.0);
        if (!e.admin1Name().isEmpty() && c.namedDivisions().contains(gazetteer.folder().fold(e.admin1Name()))) {
            s += 1.5;
        }
        double nearest = Double.MAX_VALUE;
        for (double[] a : c.anchors()) {
            double d = km(a[0], a[1], e.lat(), e.lon());
            if (d > 1) { // not the entry itself
                nearest = Math.min(nearest, d);
            }
        }
        if (nearest < 60) {
            s += 2;
        } else if (nearest < 250) {
            s += 1;
        }
        s += Math.log10(e.population() + 10.0) / 4.0;
        if (e.isCountry()) {
            s += 3;
        } else if (e.featureCode().equals("PPLC") || e.featureCode().equals("PPLA")) {
            s += 1;
        }
        if (division && (e.isAdmin1() || e.isAdmin2())) {
            s += 5;
        }
        if (!division && (e.isAdmin1() || e.isAdmin2())) {
            s -= 0.5;
        }
        if (e.matchLevel() == MatchLevel.SKELETON) {
            s -= 2;
        } else if (e.matchLevel() == MatchLevel.ALTERNATE) {
            s -= 0.25;
        }
        return s - rank * 0.01;
    }

    /** A Place of the spec for an entry, at the given precision (3 for divisions and countries). */
    public Place place(GeoEntry e, int precision) {
        int p = e.isCountry() || e.isAdmin1() ? 3 : e.isAdmin2() ? Math.max(precision, 2) : Math.max(precision, 1);
        return new Place(e.name(), e.countryCode().isEmpty() ? null : e.countryCode(),
                e.isCountry() || e.admin1Name().isEmpty() ? null : e.admin1Name(),
                Double.isNaN(e.lat()) ? null : e.lat(), Double.isNaN(e.lon()) ? null : e.lon(), e.geonameid(), p);
    }

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
