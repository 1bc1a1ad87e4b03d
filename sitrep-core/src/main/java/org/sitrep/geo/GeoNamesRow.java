package org.sitrep.geo;

import java.util.List;

/** One row of a GeoNames gazetteer file (the 19-column "geoname" format), the columns Sitrep keeps. */
record GeoNamesRow(int geonameid, String name, String asciiName, List<String> alternateNames, float lat, float lon,
                   String featureClass, String featureCode, String countryCode, String admin1Code,
                   String admin2Code, long population) {

    GeoNamesRow {
        alternateNames = List.copyOf(alternateNames);
    }

    /** Parses a tab-separated line; null for a line that is not a complete row. */
    static GeoNamesRow parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || f[0].isEmpty()) {
            return null;
        }
        List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14].trim());
        return new GeoNamesRow(Integer.parseInt(f[0].trim()), f[1], f[2], alternates, Float.parseFloat(f[4]),
                Float.parseFloat(f[5]), f[6], f[7], f[8], f[10], f[11], population);
    }
}
