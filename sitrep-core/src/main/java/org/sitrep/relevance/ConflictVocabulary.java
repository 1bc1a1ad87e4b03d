package org.sitrep.relevance;

import org.sitrep.extract.CueTable;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.event.TriggerLexicon;
import org.sitrep.model.EntityType;
import org.sitrep.names.ActorDictionary;
import org.sitrep.names.Lexeme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say a text may be about armed conflict, taken from the lexicons the extractors read: every event
 * trigger, the casualty words of the kinds {@code relevance-gate.tsv} names, and the actors and descriptions of its
 * armed types and kinds, one {@link HeadWords head word} each. Everyday words the lexicons use in a conflict sense
 * ("took", "hit", "state"), listed there as too common, are left out: each alone would let most news through.
 */
final class ConflictVocabulary {
    static final String DEFAULT_RESOURCE = "/sitrep/data/relevance-gate.tsv";

    private ConflictVocabulary() {
    }

    /** The conflict words of the default lexicons, none of them in {@code english} (function words). */
    static Set<String> words(TriggerLexicon triggers, CasualtyLexicon casualties, ActorDictionary actors,
                             Set<String> english) {
        CueTable table = CueTable.load(DEFAULT_RESOURCE);
        Set<String> countKinds = table.kind("count-kinds").keySet();
        Set<EntityType> actorTypes = new HashSet<>();
        for (String type : table.kind("actor-types").keySet()) {
            try {
                actorTypes.add(EntityType.of(type));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(DEFAULT_RESOURCE + ": unknown actor type '" + type + "'");
            }
        }
        Set<String> descriptionKinds = table.kind("description-kinds").keySet();
        Set<String> tooCommon = table.kind("too-common").keySet();

        List<String> phrases = new ArrayList<>(triggers.triggerPhrases());
        for (Map.Entry<String, String> cue : casualties.countPhrases().entrySet()) {
            if (countKinds.contains(cue.getValue())) {
                phrases.add(cue.getKey());
            }
        }
        for (Lexeme x : actors.lexemes()) {
            boolean armed = x.description() ? descriptionKinds.contains(x.genericKind())
                    : x.actor() != null && actorTypes.contains(x.actor().type());
            if (armed && x.region() == null) {
                phrases.add(x.surface());
            }
        }
        actors.slotDescriptions().forEach((pattern, kind) -> {
            if (descriptionKinds.contains(kind)) {
                phrases.add(pattern);
            }
        });
        return HeadWords.of(phrases, english::contains, tooCommon::contains);
    }
}
