package org.sitrep.extract.event;

import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/** Reads the toll one sentence gives its event: killed and injured, and whether the victims are civilians. */
public interface TollReader {

    /**
     * @param killed          conservative number killed, or null
     * @param injured         conservative number injured, or null
     * @param vague           the words of a toll given without a number ("several people"), or null
     * @param civilianVictims the dead or injured are civilians
     * @param fighterVictims  the dead or injured are combatants
     */
    record Toll(Integer killed, Integer injured, String vague, boolean civilianVictims, boolean fighterVictims) {
        public static final Toll NONE = new Toll(null, null, null, false, false);
    }

    Toll read(String text, Tokens tokens, Sentence s);
}
