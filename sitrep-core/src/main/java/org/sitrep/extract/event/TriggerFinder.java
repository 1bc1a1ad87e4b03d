package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.QuoteMarks;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the trigger phrases of a sentence that tell something as having happened (not quoted, not a thing named
 * by the word, not governed by a modal, negation or generic word, not a capture of things), then keeps the ones
 * that each give an event.
 */
final class TriggerFinder {
    /** Tokens an irrealis or negation word may stand before the trigger it governs. */
    private static final int MODAL_REACH = 7;
    /** Tokens after an ongoing trigger within which a place makes it an incident. */
    private static final int ONGOING_PLACE_REACH = 10;

    static final String DISRUPTED = "Disrupted weapons use";

    private final TriggerLexicon lexicon;

    TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The trigger phrases of a sentence told as having happened. */
    List<CuePhrases.Match<Trigger>> told(Tokens tokens, Sentence s) {
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> m : lexicon.triggers.find(tokens, s.firstToken(), s.endToken())) {
            if (QuoteMarks.inside(tokens, s, m.first())) {
                continue; // a speaker's words are a quote, not the report's account
            }
            if (m.end() < s.endToken() && lexicon.notEventAfter.startsAt(tokens, m.end(), s.endToken())) {
                continue; // "an air raid alert", "drone debris": the word names something else
            }
            if (ongoing(tokens, s, m)) {
                continue; // "where the army is fighting separatists": the war goes on, no incident is told
            }
            if (pastReference(tokens, s, m.first())) {
                continue; // "the deadliest since the attack in X": a past incident the report measures from
            }
            boolean infinitive = !m.value().noun() && m.first() > s.firstToken() && tokens.is(m.first() - 1, "to");
            if (!infinitive && !Clauses.governed(lexicon.irrealis, tokens, s, m.first(), MODAL_REACH)
                    && !Clauses.governed(lexicon.negation, tokens, s, m.first(), MODAL_REACH)
                    && !Clauses.governed(lexicon.generic, tokens, s, m.first(), MODAL_REACH)
                    && !(m.value().territorial() && seizesThings(tokens, m))) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when a trigger verb in -ing follows an auxiliary of the present or the perfect ("are fighting"). */
    private boolean ongoing(Tokens tokens, Sentence s, CuePhrases.Match<Trigger> m) {
        if (m.value().noun() || m.end() - m.first() != 1 || !tokens.text(m.first()).endsWith("ing")) {
            return false;
        }
        int i = m.first() - 1;
        if (i > s.firstToken() && tokens.text(i).endsWith("ly")) {
            i--; // "are still fighting", "is reportedly fighting"
        }
        return i >= s.firstToken() && lexicon.ongoingAuxiliaries.at(tokens, i, i + 1) != null
                && !placedAfter(tokens, s, m.end());
    }

    /**
     * True when a place follows the trigger in its clause ("are fighting in X", "has been clashing with insurgents
     * in the countryside around X"): fighting going on at a named place is an incident of the day.
     */
    private static boolean placedAfter(Tokens tokens, Sentence s, int from) {
        int to = Math.min(s.endToken(), from + ONGOING_PLACE_REACH);
        for (int i = from; i < to - 1; i++) {
            if (!tokens.word(i) && Clauses.clauseBreak(tokens, i)) {
                return false;
            }
            if ((tokens.is(i, "in") || tokens.is(i, "at") || tokens.is(i, "near") || tokens.is(i, "around"))
                    && (tokens.capitalized(i + 1) || tokens.is(i + 1, "the"))) {
                return true;
            }
        }
        return false;
    }

    /** True when a time-reference word stands before the trigger, past an article, a year or a name. */
    private boolean pastReference(Tokens tokens, Sentence s, int first) {
        for (int i = first - 1; i >= Math.max(s.firstToken(), first - 4); i--) {
            if (lexicon.timeReference.at(tokens, i, first) != null) {
                return true;
            }
            String w = tokens.lower(i);
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("that") || tokens.capitalized(i)
                    || w.chars().allMatch(Character::isDigit))) {
                return false;
            }
        }
        return false;
    }

    /** True when what a capture verb takes is things or people ("captured an assault rifle"), not a place. */
    private boolean seizesThings(Tokens tokens, CuePhrases.Match<Trigger> m) {
        int to = Math.min(tokens.size(), m.end() + 4);
        for (int i = m.end(); i < to; i++) {
            if (!tokens.word(i) && Clauses.clauseBreak(tokens, i)) {
                return false;
            }
            if (lexicon.notTerritory.at(tokens, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The triggers that each give an event: a killing is the outcome of a strike or clash told beside it, a clash
     * beside a capture is the capture; one event per sub-event type and clause (a clause opened by "after", "when"
     * may tell an incident of its own).
     */
    List<CuePhrases.Match<Trigger>> concrete(List<CuePhrases.Match<Trigger>> triggers, Tokens tokens, Sentence s) {
        // per clause ("six were killed on Saturday, a day after a priest was killed in a rocket attack in X"):
        // 0 violent, 1 territory, 2 means, 3 stopped ("air defence destroyed the missiles launched at X"),
        // 4 a crowd ("police opened fire on demonstrators", "rioters set fire to a police station")
        java.util.Map<Integer, boolean[]> flags = new java.util.HashMap<>(2);
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            boolean[] f = flags.computeIfAbsent(subordinateClause(tokens, s, t.first()), k -> new boolean[5]);
            f[4] |= SubEventSieves.crowd(sub);
            f[0] |= !sub.equals(Trigger.KILLING) && !sub.equals(Trigger.ANAPHOR) && !t.value().territorial();
            f[1] |= sub.equals(Trigger.TERRITORY);
            f[2] |= lexicon.remote(sub); // "Two missiles hit the plant": the missiles are the strike
            f[3] |= sub.equals(DISRUPTED);
        }
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        List<String> seen = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            int clause = subordinateClause(tokens, s, t.first());
            boolean[] f = flags.get(clause);
            if (sub.equals(Trigger.ANAPHOR) || (sub.equals(Trigger.KILLING) && (f[0] || f[1]))
                    || (sub.equals(Trigger.STRIKE) && f[2])
                    || f[3] && (lexicon.remote(sub) || sub.equals(Trigger.STRIKE))) {
                continue; // the missiles that were stopped are the disrupted weapons, not a strike of their own
            }
            if (f[4] && (sub.equals(Trigger.KILLING) || sub.startsWith("Looting"))) {
                continue; // the deaths and the burning of a demonstration are the demonstration's
            }
            if (f[1] && (sub.equals("Armed clash") || sub.equals(Trigger.WITHDRAWAL))) {
                continue;
            }
            // one event per family and clause
            String family = (t.value().territorial() ? Trigger.TERRITORY : family(t, tokens, s)) + "@" + clause;
            if (!seen.contains(family)) {
                seen.add(family);
                out.add(t);
            }
        }
        return out;
    }

    /** The token of the subordinator that opens the clause of token {@code at} ("after", "when"), else -1. */
    int subordinateClause(Tokens tokens, Sentence s, int at) {
        for (int i = at - 1; i > s.firstToken(); i--) {
            if (!tokens.word(i) && Clauses.clauseBreak(tokens, i)) {
                return -1;
            }
            if (lexicon.subordinators.at(tokens, i, i + 1) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The sub-event family of a trigger, for telling apart the triggers of one sentence: its means, or its kind. */
    private String family(CuePhrases.Match<Trigger> t, Tokens tokens, Sentence s) {
        String sub = t.value().subEvent();
        if (sub.equals(Trigger.STRIKE)) {
            CuePhrases.Match<String> means = lexicon.instruments.first(tokens, s.firstToken(), s.endToken());
            return means != null ? means.value() : Trigger.STRIKE;
        }
        if (sub.equals(Trigger.KILLING)) {
            CuePhrases.Match<String> means = lexicon.instruments.first(tokens,
                    Clauses.clauseStart(tokens, s, t.first()), t.first());
            return means != null ? means.value() : Trigger.KILLING;
        }
        return sub;
    }
}
