package org.sitrep.extract.event;

import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.Place;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The capital city of a country as a Place, from the gazetteer's capital (GeoNames PPLC); looked up once. */
final class CapitalCities {
    private final Gazetteer gazetteer;
    private final PlaceResolver places;
    private final Map<String, Optional<Place>> cache = new ConcurrentHashMap<>();

    CapitalCities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.places = new PlaceResolver(gazetteer);
    }

    /** The capital of the country named by {@code nameOrCode} (a code, a name or a demonym), or null. */
    Place of(String nameOrCode) {
        if (nameOrCode == null) {
            return null;
        }
        return cache.computeIfAbsent(nameOrCode, k -> gazetteer.country(k).flatMap(this::capital)).orElse(null);
    }

    private Optional<Place> capital(Country c) {
        if (c.capital() == null || c.capital().isEmpty()) {
            return Optional.empty();
        }
        for (GeoEntry e : gazetteer.lookup(c.capital(), 20)) {
            if (e.countryCode().equals(c.code()) && e.featureCode().startsWith("PPL")) {
                return Optional.of(places.place(e, 1));
            }
        }
        return Optional.empty();
    }
}
