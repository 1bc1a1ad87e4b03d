package org.sitrep.names;

/**
 * A named region, territory or body of water that the populated-place gazetteer lacks ({@code regions.tsv}).
 *
 * @param name    canonical name
 * @param kind    region, territory, sea, river, ...
 * @param country ISO code, or "" when it spans countries
 * @param lat     representative latitude
 * @param lon     representative longitude
 */
public record Region(String name, String kind, String country, double lat, double lon) {
}
