package org.sitrep.model;

/**
 * A place as the situation picture gives it ({@code sitrep/1} Place).
 *
 * @param name         the gazetteer's name, or the name as written when unresolved
 * @param country      ISO 3166-1 alpha-2 code, or null
 * @param admin1       first-level division name, or null
 * @param lat          latitude, or null
 * @param lon          longitude, or null
 * @param geonameid    GeoNames id when resolved, else null
 * @param geoPrecision ACLED: 1 the town itself, 2 near or part of it / a district, 3 a province or larger
 */
public record Place(String name, String country, String admin1, Double lat, Double lon, Integer geonameid,
                    int geoPrecision) {

    /** The same place at another precision. */
    public Place withPrecision(int precision) {
        return new Place(name, country, admin1, lat, lon, geonameid, precision);
    }
}
