package org.sitrep.relevance;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.names.ActorDictionary;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;

/** The gate on the default lexicons, loaded once for the tests that need it. */
final class DefaultGate {
    private static RelevanceGate gate;

    private DefaultGate() {
    }

    static synchronized RelevanceGate get() {
        if (gate == null) {
            CasualtyLexicon casualties = CasualtyLexicon.loadDefault();
            gate = RelevanceGate.loadDefault(TriggerLexicon.loadDefault(AcledTaxonomy.loadDefault(), casualties),
                    casualties, ActorDictionary.loadDefault(Gazetteer.loadDefault(),
                            new Tokenizer(Abbreviations.loadDefault())));
        }
        return gate;
    }
}
