package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.Mention;
import org.sitrep.names.Actor;
import org.sitrep.names.ActorDictionary;

/**
 * The shared, read-only knowledge every sieve may use: triggers and cue words, actors, tolls, speech verbs, capitals,
 * and the places named only as reference points.
 */
record EventResources(TriggerLexicon lexicon, ActorDictionary actors, TollReader tolls, CuePhrases<String> speech,
                      CapitalCities capitals, ForeignHomonyms homonyms, SentenceDater dater,
                      ReferencePlaces references) {

    /** The canonical actor name; a state's government, command, ministry or unit acting by force is the state actor. */
    String actorName(Mention m, boolean violent) {
        Actor forces = violent ? actors.forcesOf(m.key()) : null;
        return forces != null ? forces.name() : m.name();
    }
}
