package org.sitrep.relevance;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.names.ActorDictionary;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;
import org.sitrep.util.TsvResource;

import java.util.Set;

/** The default lexicons and the gate on them, loaded once for the tests that need them. */
final class DefaultGate {
    private static CasualtyLexicon casualties;
    private static TriggerLexicon triggers;
    private static ActorDictionary actors;
    private static RelevanceGate gate;

    private DefaultGate() {
    }

    static synchronized RelevanceGate get() {
        if (gate == null) {
            load();
            gate = RelevanceGate.loadDefault(triggers, casualties, actors);
        }
        return gate;
    }

    /** The conflict words the default gate is built on. */
    static synchronized Set<String> conflictWords() {
        load();
        return ConflictVocabulary.words(triggers, casualties, actors, functionWords());
    }

    static Set<String> functionWords() {
        return Set.copyOf(TsvResource.lines(RelevanceGate.FUNCTION_WORDS));
    }

    private static void load() {
        if (actors == null) {
            casualties = CasualtyLexicon.loadDefault();
            triggers = TriggerLexicon.loadDefault(AcledTaxonomy.loadDefault(), casualties);
            actors = ActorDictionary.loadDefault(Gazetteer.loadDefault(), new Tokenizer(Abbreviations.loadDefault()));
        }
    }
}
