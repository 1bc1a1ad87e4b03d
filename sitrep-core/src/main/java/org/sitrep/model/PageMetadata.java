package org.sitrep.model;

import java.util.List;

/**
 * What a page says about itself outside its body: headline, dates, publisher, address.
 *
 * @param title        headline, or null
 * @param dates        publication-date candidates, strongest first
 * @param siteNames    publisher names from metadata ({@code og:site_name}, JSON-LD publisher), strongest first
 * @param canonicalUrl the canonical or {@code og:url} address, or null
 */
public record PageMetadata(String title, List<DateClaim> dates, List<String> siteNames, String canonicalUrl) {

    public static final PageMetadata NONE = new PageMetadata(null, List.of(), List.of(), null);

    public PageMetadata {
        dates = List.copyOf(dates);
        siteNames = List.copyOf(siteNames);
    }
}
