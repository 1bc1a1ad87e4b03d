package org.sitrep.model;

/** Where a publication date came from, as the {@code sitrep/1} contract names it. */
public enum PublishedBasis {
    /** A {@code date YYYY-MM-DD} header line or the page's metadata. */
    HEADER,
    /** A dateline or another explicit statement of the date in the report. */
    TEXT,
    /** Reasoned from the dates and weekdays the report tells. */
    INFERRED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
