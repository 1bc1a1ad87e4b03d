package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.List;

/** The sieves that find the mention acting in a trigger's clause, from the most precise to the least. */
final class AgentSieves {
    private AgentSieves() {
    }

    /** "… carried out by X", "rockets believed to have been fired by X": a by-phrase shortly after the trigger. */
    static final class ByPhrase implements Sieve<Mention> {
        /** Tokens after the trigger within which "by" may stand, with no clause break between. */
        private static final int BY_REACH = 8;

        public String name() {
            return "actor1:by-phrase";
        }

        public Mention decide(TriggerContext c) {
            int from = pastDay(c, c.t.end()); // "were killed on Wednesday, Sept. 15, by the military"
            return byAgent(c.lexicon(), c.ms, c.tokens, from, Math.min(c.s.endToken(), from + BY_REACH));
        }

        /** The first token after the day told right after the trigger ("on Wednesday, Sept. 15,"), or {@code i}. */
        private static int pastDay(TriggerContext c, int i) {
            int k = i;
            int end = c.s.endToken();
            if (k < end && (c.tokens.is(k, "on") || c.tokens.is(k, ","))) {
                k++;
            }
            boolean day = false;
            for (org.sitrep.time.TimeExpression t : c.times) {
                while (k < end && c.tokens.start(k) >= t.start() && c.tokens.start(k) < t.end()) {
                    k++;
                    day = true;
                }
                while (day && k < end && c.tokens.is(k, ",")) {
                    k++;
                }
            }
            return day ? k : i;
        }
    }

    /** "fighting between the Taliban and government forces": the first side named after "between". */
    static final class Between implements Sieve<Mention> {
        public String name() {
            return "actor1:between";
        }

        public Mention decide(TriggerContext c) {
            int at = c.t.end();
            if (at >= c.s.endToken() || !c.tokens.is(at, "between")) {
                return null;
            }
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                if (Clauses.isActor(m) && first > at && first <= at + 3) {
                    return m;
                }
            }
            return null;
        }
    }

    /** "The army blamed Sunday's strike on the RSF": the one it is blamed on acted, not the accuser. */
    static final class BlamedOn implements Sieve<Mention> {
        public String name() {
            return "actor1:blamed-on";
        }

        public Mention decide(TriggerContext c) {
            Tokens tokens = c.tokens;
            int from = Math.max(c.s.firstToken(), c.t.first() - 4);
            if (c.lexicon().accusation.first(tokens, from, c.t.first()) == null) {
                return null;
            }
            for (int i = c.t.end(); i < Math.min(c.s.endToken(), c.t.end() + 6); i++) {
                if (!tokens.word(i) && Clauses.clauseBreak(tokens, i)) {
                    return null;
                }
                if (tokens.is(i, "on")) {
                    for (Mention m : c.ms) {
                        int first = Clauses.first(tokens, m);
                        if (Clauses.isActor(m) && first > i && first <= i + 2) {
                            return m;
                        }
                    }
                }
            }
            return null;
        }
    }

    /** "Russian strike", "RSF shelling": the trigger is inside the actor's mention. */
    static final class InsideMention implements Sieve<Mention> {
        public String name() {
            return "actor1:inside-mention";
        }

        public Mention decide(TriggerContext c) {
            for (Mention m : c.ms) {
                if (Clauses.isActor(m) && Clauses.first(c.tokens, m) <= c.t.first()
                        && Clauses.end(c.tokens, m) >= c.t.end()) {
                    return m;
                }
            }
            return null;
        }
    }

    /** The leftmost actor of the trigger's clause that no preposition governs: its subject. */
    static final class ClauseSubject implements Sieve<Mention> {
        public String name() {
            return "actor1:clause-subject";
        }

        public Mention decide(TriggerContext c) {
            if (c.passive()) {
                return null; // "Six soldiers were killed": the subject was acted on
            }
            int clause = c.clauseStart();
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                if (Clauses.isActor(m) && first >= clause && Clauses.end(c.tokens, m) <= c.t.first()
                        && !Clauses.objectBefore(c.tokens, first, clause) && !speaker(c, m)) {
                    return c.patient(m) ? null : m; // "soldiers were wounded in the attack": they suffered it
                }
            }
            return null;
        }
    }

    /** "Alongside the capture of the base, rebels have …": a fronted noun's agent is the main clause's subject. */
    static final class FrontedNoun implements Sieve<Mention> {
        public String name() {
            return "actor1:fronted-noun";
        }

        public Mention decide(TriggerContext c) {
            if (contrastClause(c) || !c.trigger().noun() || c.t.first() - c.s.firstToken() > 2) {
                return null;
            }
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                if (Clauses.isActor(m) && first >= c.t.end() && !Clauses.objectBefore(c.tokens, first, c.s.firstToken())) {
                    return m;
                }
            }
            return null;
        }
    }

    /** The nearest actor before the trigger in the sentence that no preposition governs. */
    static final class NearestBefore implements Sieve<Mention> {
        public String name() {
            return "actor1:nearest-before";
        }

        public Mention decide(TriggerContext c) {
            if (contrastClause(c) || c.passive()) {
                return null;
            }
            int clause = c.clauseStart();
            int from = clause > c.s.firstToken() && c.lexicon().subordinators.at(c.tokens, clause - 1, clause) != null
                    ? clause : c.s.firstToken(); // "… an operation after gunmen hijacked": not past "after"
            Mention nearest = null;
            for (Mention m : c.ms) {
                if (Clauses.isActor(m) && Clauses.first(c.tokens, m) >= from && Clauses.end(c.tokens, m) <= c.t.first()
                        && !Clauses.objectBefore(c.tokens, Clauses.first(c.tokens, m), c.s.firstToken())
                        && !c.patient(m) && !speaker(c, m)) {
                    nearest = m;
                }
            }
            return nearest;
        }
    }

    /** "…, while the army shelled …": a clause opened by a contrast word has a subject of its own. */
    private static boolean contrastClause(TriggerContext c) {
        int clause = c.clauseStart();
        return clause > c.s.firstToken() && Clauses.CONTRAST.contains(c.tokens.lower(clause));
    }

    /** The actor right after an agent cue ("by", "carried out by") in tokens {@code [from, to)}. */
    /**
     * "A senior police officer in X said the militants attacked …": who tells of the trigger did not do it, unless
     * the account is of its own doing ("the army announced that it had taken X", "claimed responsibility for").
     */
    static boolean speaker(TriggerContext c, Mention m) {
        CuePhrases.Match<String> says = c.res.speech().first(c.tokens, Clauses.end(c.tokens, m), c.t.first());
        if (says == null) {
            return false;
        }
        int k = says.end();
        if (k < c.t.first() && c.tokens.is(k, "responsibility")) {
            return false;
        }
        for (int i = k; i < c.t.first(); i++) { // "said Sunday it had seized", "said in a statement it has been"
            if (OWN_ACCOUNT.contains(c.tokens.lower(i))) {
                return false;
            }
            if (i - k >= OWN_REACH || Clauses.isActorToken(c.ms, c.tokens, i)) {
                break; // "said the militants attacked": another subject first
            }
        }
        return true;
    }

    /** Tokens after the speech verb within which the speaker's own pronoun may stand. */
    private static final int OWN_REACH = 10;

    /** Subjects of a reported clause that are the speaker itself. */
    private static final java.util.Set<String> OWN_ACCOUNT = java.util.Set.of("it", "they", "he", "she", "we",
            "its", "their");

    static Mention byAgent(TriggerLexicon lexicon, List<Mention> ms, Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            CuePhrases.Match<String> cue = lexicon.agentAfter.at(tokens, i, Math.min(tokens.size(), to + 3));
            if (cue != null) {
                for (Mention m : ms) {
                    int first = Clauses.first(tokens, m);
                    if (Clauses.isActor(m) && first >= cue.end() && first <= cue.end() + 2) {
                        return m;
                    }
                }
                return null;
            }
            if (!tokens.word(i) && Clauses.clauseBreak(tokens, i)) {
                return null;
            }
        }
        return null;
    }
}
