package org.sitrep.model;

import java.util.List;

/**
 * The people, organisations, actors and places a report names, in order of position (body first, then
 * captions).
 *
 * @param mentions every mention, places resolved
 * @param focus    ISO codes of the countries the report is about, most mentioned first
 */
public record Names(List<Mention> mentions, List<String> focus) {

    public Names {
        mentions = List.copyOf(mentions);
        focus = List.copyOf(focus);
    }
}
