package org.sitrep.model;

import org.sitrep.util.Utf16;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page says about itself outside its body: headline, dates, publisher, address.
 *
 * @param title        headline, or null
 * @param dates        publication-date candidates, strongest first
 * @param siteNames    publisher names from metadata ({@code og:site_name}, JSON-LD publisher), strongest first
 * @param canonicalUrl the canonical or {@code og:url} address, or null
 */
public record PageMetadata(String title, List<DateClaim> dates, List<String> siteNames, String canonicalUrl) implements java.io.Serializable {

    public static final PageMetadata NONE = new PageMetadata(null, List.of(), List.of(), null);

    public PageMetadata {
        title = Utf16.wellFormed(title); // whatever JSON or markup it came from
        dates = List.copyOf(dates);
        siteNames = List.copyOf(siteNames.stream().map(Utf16::wellFormed).toList());
        canonicalUrl = Utf16.wellFormed(canonicalUrl);
    }

    /** True when it says nothing. */
    public boolean isEmpty() {
        return title == null && dates.isEmpty() && siteNames.isEmpty() && canonicalUrl == null;
    }

    /**
     * This metadata first, what it leaves out taken from {@code fallback}: its title and address where this has
     * none, its dates and site names after this one's (a day or name both give is kept once).
     */
    public PageMetadata withFallback(PageMetadata fallback) {
        if (fallback.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return fallback;
        }
        List<DateClaim> allDates = new ArrayList<>(dates);
        for (DateClaim c : fallback.dates) {
            if (allDates.stream().noneMatch(d -> d.date().equals(c.date()))) {
                allDates.add(c);
            }
        }
        List<String> allNames = new ArrayList<>(siteNames);
        for (String n : fallback.siteNames) {
            if (!allNames.contains(n)) {
                allNames.add(n);
            }
        }
        return new PageMetadata(title != null ? title : fallback.title, allDates, allNames,
                canonicalUrl != null ? canonicalUrl : fallback.canonicalUrl);
    }
}
