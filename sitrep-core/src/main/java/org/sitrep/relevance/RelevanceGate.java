package org.sitrep.relevance;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.names.ActorDictionary;
import org.sitrep.util.TsvResource;

import java.util.List;
import java.util.Set;

/**
 * Tells whether a cleaned page is worth reading: English and about armed conflict. One pass over its words makes a
 * {@link BodyProfile}; the checks then judge it in order, the cheapest and surest first, and the first that sets the
 * page aside says why. Built once; immutable and shared by all threads.
 */
public final class RelevanceGate {
    static final String FUNCTION_WORDS = "/sitrep/data/english-function-words.txt";

    private final BodyScanner scanner;
    private final List<RelevanceCheck> checks = List.of(
            new ScriptCheck(),        // most letters in another script
            new EnglishWordsCheck(),  // Latin script, but few English function words
            new ConflictWordsCheck()); // English, but no trigger, actor or casualty word

    RelevanceGate(Set<String> english, Set<String> conflict) {
        scanner = new BodyScanner(new GateWords(english, conflict));
    }

    /** The gate on the words of the pipeline's own lexicons. */
    public static RelevanceGate loadDefault(TriggerLexicon triggers, CasualtyLexicon casualties, ActorDictionary actors) {
        Set<String> english = Set.copyOf(TsvResource.lines(FUNCTION_WORDS));
        return new RelevanceGate(english, ConflictVocabulary.words(triggers, casualties, actors, english));
    }

    /** Why the page with this cleaned body is set aside, or null when it is read. */
    public Skip judge(String body) {
        BodyProfile profile = scanner.profile(body);
        for (RelevanceCheck check : checks) {
            Skip skip = check.judge(profile);
            if (skip != null) {
                return skip;
            }
        }
        return null;
    }

    /** The counts the checks judge {@code body} by. */
    public BodyProfile profile(String body) {
        return scanner.profile(body);
    }
}
