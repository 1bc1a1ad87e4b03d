package org.sitrep.geo;

/**
 * One gazetteer entry: a populated place, a first- or second-level division, or a country, with the
 * level at which a lookup met it.
 *
 * @param geonameid    the GeoNames id (divisions and countries use the id of their GeoNames feature)
 * @param name         the GeoNames name, with its diacritics ("Ḩamāh")
 * @param asciiName    the GeoNames ASCII name ("Hamah")
 * @param lat          latitude in degrees (NaN only for a country with no place and no point of its own)
 * @param lon          longitude in degrees
 * @param featureClass GeoNames feature class: P populated place, A division or country
 * @param featureCode  GeoNames feature code (PPL, PPLA, PPLC, ADM1, ADM2, PCLI, ...)
 * @param countryCode  ISO 3166-1 alpha-2 code, or "" when unknown
 * @param admin1Code   GeoNames admin1 code ("09"), or "" when unknown
 * @param admin1Name   name of that division ("Aleppo"), or "" when unknown
 * @param admin2Code   GeoNames admin2 code, or ""
 * @param admin2Name   name of that division ("Mount Simeon District"), or ""
 * @param population   GeoNames population (0 for most villages)
 * @param matchLevel   how the lookup met this entry (null for an entry fetched by id)
 */
public record GeoEntry(int geonameid, String name, String asciiName, double lat, double lon,
                       String featureClass, String featureCode, String countryCode,
                       String admin1Code, String admin1Name, String admin2Code, String admin2Name,
                       long population, MatchLevel matchLevel) {

    /** True for a populated place (feature class P). */
    public boolean isPlace() {
        return "P".equals(featureClass);
    }

    /** True for a first-level division (ADM1). */
    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** True for a second-level division (ADM2). */
    public boolean isAdmin2() {
        return "ADM2".equals(featureCode);
    }

    /** True for a country (feature codes PCL...). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }
}
