package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.Mention;
import org.sitrep.names.Actor;
import org.sitrep.names.ActorDictionary;

/** The shared, read-only knowledge every sieve may use: triggers and cue words, actors, tolls, speech verbs, capitals. */
record EventResources(TriggerLexicon lexicon, ActorDictionary actors, TollReader tolls, CuePhrases<String> speech,
                      CapitalCities capitals, ForeignHomonyms homonyms) {

    /** The canonical actor name; a state's government, command or ministry acting by force is its military. */
    String actorName(Mention m, boolean violent) {
        String key = m.key();
        if (violent && key != null && key.startsWith("state:")) {
            String[] parts = key.split(":");
            if (parts.length == 3 && !parts[2].equals("military") && !parts[2].equals("police")) {
                Actor military = actors.stateActor(parts[1], "military");
                if (military != null) {
                    return military.name();
                }
            }
        }
        return m.name();
    }
}
