package org.sitrep.extract.attribution;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;

/** The cues of {@code attribution.tsv}, loaded once and shared by all threads. */
public final class AttributionLexicon {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/attribution.tsv";

    final CuePhrases<String> according;
    final CuePhrases<String> citing;
    final CuePhrases<String> speech;
    final CuePhrases<String> mediaSubject;
    final CuePhrases<String> unverified;
    final CuePhrases<String> denied;
    final CuePhrases<String> scope;

    private AttributionLexicon(CueTable table) {
        according = table.phrases("according");
        citing = table.phrases("citing");
        speech = table.phrases("speech");
        mediaSubject = table.phrases("media-subject");
        unverified = table.phrases("unverified");
        denied = table.phrases("denied");
        scope = table.phrases("scope");
    }

    public static AttributionLexicon loadDefault() {
        return new AttributionLexicon(CueTable.load(DEFAULT_RESOURCE));
    }

    /** The unverified cues, for extractors that hedge a clause of their own. */
    public CuePhrases<String> unverifiedCues() {
        return unverified;
    }

    /** The verbs of saying ("said", "told", "reported"). */
    public CuePhrases<String> speechVerbs() {
        return speech;
    }

    /** The denial cues. */
    public CuePhrases<String> deniedCues() {
        return denied;
    }
}
