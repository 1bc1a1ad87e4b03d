package org.sitrep.geo;

import java.util.List;

/**
 * A country of GeoNames' country table.
 *
 * @param code       ISO 3166-1 alpha-2 ("SY")
 * @param iso3       ISO 3166-1 alpha-3 ("SYR")
 * @param name       GeoNames' English short name ("Syria")
 * @param capital    name of the capital, "" when none
 * @param geonameid  the country's GeoNames id
 * @param population population from the country table
 * @param lat        latitude of the capital (else the centroid of the country's places; NaN if neither)
 * @param lon        longitude, as {@code lat}
 * @param demonyms   English demonyms from {@code demonyms.tsv} ("Syrian")
 */
public record Country(String code, String iso3, String name, String capital, int geonameid, long population,
                      double lat, double lon, List<String> demonyms) {

    public Country {
        demonyms = List.copyOf(demonyms);
    }
}
