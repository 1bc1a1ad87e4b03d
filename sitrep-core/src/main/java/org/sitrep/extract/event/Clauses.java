package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.util.List;
import java.util.Set;

/** Token geometry the sieves share: clause starts and breaks, prepositions before a name, kinds of mention. */
final class Clauses {
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("on", "against", "at", "in", "of", "from", "to",
            "with", "toward", "towards", "near", "into", "targeting", "for", "among", "between", "by", "around");
    static final Set<String> CONTRAST = Set.of("while", "whereas", "but", "although", "though", "and");

    private Clauses() {
    }

    static boolean clauseBreak(Tokens tokens, int i) {
        char c = tokens.first(i);
        return c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')' || c == '.';
    }

    /** The first token of the clause that holds token {@code trigger}; a relative clause belongs to the one before. */
    static int clauseStart(Tokens tokens, Sentence s, int trigger) {
        for (int i = trigger - 1; i > s.firstToken(); i--) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                if (i + 1 < trigger && (tokens.is(i + 1, "which") || tokens.is(i + 1, "who"))) {
                    continue;
                }
                return i + 1;
            }
        }
        return s.firstToken();
    }

    /** True when the word before token {@code first} (or the one before that, past an article) is a preposition. */
    static boolean objectBefore(Tokens tokens, int first, int limit) {
        for (int i = first - 1; i >= Math.max(limit, first - 2); i--) {
            String w = tokens.lower(i);
            if (OBJECT_PREPOSITIONS.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || tokens.capitalized(i))) {
                return false;
            }
        }
        return false;
    }

    static boolean unbroken(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean breakBetween(Tokens tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (!tokens.word(i) && (tokens.first(i) == ';' || tokens.first(i) == '.' || tokens.first(i) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of {@code cues} stands before token {@code first} within {@code reach}, in its clause. */
    static boolean governed(CuePhrases<String> cues, Tokens tokens, Sentence s, int first, int reach) {
        int from = Math.max(s.firstToken(), first - reach);
        for (int i = first - 1; i >= from; i--) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return false;
            }
            if (cues.at(tokens, i, first) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean isActor(Mention m) {
        return m.type() == EntityType.STATE_FORCE || m.type() == EntityType.ARMED_GROUP
                || (m.type() == EntityType.GOVERNMENT && m.key() != null && m.key().startsWith("state:"));
    }

    static boolean isStateForce(Mention m) {
        return m.key() != null && m.key().startsWith("state:");
    }

    static int first(Tokens tokens, Mention m) {
        return tokens.indexAt(m.start());
    }

    static int end(Tokens tokens, Mention m) {
        return tokens.indexAt(m.end() - 1) + 1;
    }

    /** True when token {@code i} is inside an actor mention of the sentence. */
    static boolean isActorToken(List<Mention> ms, Tokens tokens, int i) {
        for (Mention m : ms) {
            if (isActor(m) && first(tokens, m) <= i && i < end(tokens, m)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCountry(Place p) {
        return p.geoPrecision() == 3 && p.admin1() == null;
    }

    static boolean samePlace(Place a, Place b) {
        if (a.geonameid() != null && b.geonameid() != null) {
            return a.geonameid().equals(b.geonameid());
        }
        return a.name().equalsIgnoreCase(b.name());
    }

    static boolean hasPlace(Iterable<Mention> ms) {
        for (Mention m : ms) {
            if (m.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }
}
