package org.sitrep.model;

import java.util.Locale;

/** What a tally counts ({@code sitrep/1} Figure {@code kind}). */
public enum FigureKind {
    KILLED, INJURED, DISPLACED, DETAINED, MISSING, CAPTURED, OTHER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a spec spelling ("displaced"). */
    public static FigureKind of(String json) {
        return valueOf(json.strip().toUpperCase(Locale.ROOT));
    }
}
