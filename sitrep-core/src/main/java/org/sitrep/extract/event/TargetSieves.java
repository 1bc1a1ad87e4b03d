package org.sitrep.extract.event;

import org.sitrep.model.Mention;
import org.sitrep.names.Actor;

import java.util.List;

/**
 * The sieves that decide {@code actor2}, who was acted on: an actor named after the trigger, the civilians of
 * the place when the sentence says so, or the state that held a place another side took. They read the draft
 * being filled ({@link TriggerContext#draft}: its place and actor1).
 */
final class TargetSieves {
    private TargetSieves() {
    }

    /** "Six Nigerian soldiers were killed", "71 soldiers dead": the subject of a passive trigger is acted on. */
    static final class PassiveSubject implements Sieve<String> {
        public String name() {
            return "actor2:passive-subject";
        }

        public String decide(TriggerContext c) {
            Mention m = patient(c);
            return m == null ? null : c.res.actorName(m, true);
        }

        /** The actor a passive or patient trigger tells as suffering it ("three fighters were killed"), or null. */
        static Mention patient(TriggerContext c) {
            if (!c.passive() && c.lexicon().patientTriggers.at(c.tokens, c.t.first(), c.t.end()) == null) {
                return null;
            }
            int clause = c.clauseStart();
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                if (Clauses.isActor(m) && first >= clause && Clauses.end(c.tokens, m) <= c.t.first()
                        && !Clauses.objectBefore(c.tokens, first, clause) && m != c.agentMention()) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * "Police fired tear gas at protesters": the other side of a demonstration is the state force its sentence
     * names; a peaceful protest has none.
     */
    static final class CrowdForces implements Sieve<String> {
        /** Decided: no other side. */
        static final String NONE = "";

        public String name() {
            return "actor2:crowd-forces";
        }

        public String decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            if (!SubEventSieves.crowd(sub)) {
                return null;
            }
            if (sub.equals(SubEventSieves.PEACEFUL)) {
                return NONE;
            }
            for (Mention m : c.ms) {
                if (Clauses.isStateForce(m) && !speaks(c, m)) {
                    return c.res.actorName(m, true);
                }
            }
            return NONE;
        }
    }

    /** "… attacked an army base", "clashes with the RSF": an actor shortly after the trigger. */
    static final class AfterTrigger implements Sieve<String> {
        public String name() {
            return "actor2:after-trigger";
        }

        public String decide(TriggerContext c) {
            Mention target = target(c);
            return target == null ? null : c.res.actorName(target, true);
        }
    }

    /** Civilian victims or targets named ("killing five civilians", "a market", a massacre): the place's civilians. */
    static final class Civilians implements Sieve<String> {
        public String name() {
            return "actor2:civilians";
        }

        public String decide(TriggerContext c) {
            if (c.draft.territorial() || c.toll.fighterVictims()
                    || !civilianWords(c) && !c.lexicon().againstCivilians(c.draft.subEvent)) {
                return null; // an attack or abduction (ACLED's violence against civilians) is on civilians
            }
            Actor civilians = c.res.actors().stateActor(country(c), "civilians");
            return civilians == null ? null : civilians.name();
        }
    }

    /** A place taken by a non-state side, in a report that names the state's forces: the state lost it. */
    static final class FormerHolder implements Sieve<String> {
        public String name() {
            return "actor2:former-holder";
        }

        public String decide(TriggerContext c) {
            EventDraft d = c.draft;
            Mention agent = c.agentMention();
            boolean stateGain = agent != null ? Clauses.isStateForce(agent)
                    : d.actor1 != null && d.actor1.startsWith("Military Forces of");
            String country = country(c);
            if (!c.trigger().territorial() || d.actor1 == null || stateGain || country == null
                    || !c.whole().namesState(country)) {
                return null;
            }
            Actor military = c.res.actors().stateActor(country, "military");
            return military == null ? null : military.name();
        }
    }

    /** The first actor within six tokens after the trigger that is not the agent. */
    static Mention target(TriggerContext c) {
        Mention agent = c.agentMention();
        for (Mention m : c.ms) {
            int first = Clauses.first(c.tokens, m);
            if (Clauses.isActor(m) && m != agent && first >= c.t.end() && first <= c.t.end() + 6
                    && (agent == null || !m.key().equals(agent.key())) && !speaks(c, m)) {
                return m;
            }
        }
        return null;
    }

    /** "…, police said": the one who tells of it is no target. */
    private static boolean speaks(TriggerContext c, Mention m) {
        int end = Clauses.end(c.tokens, m);
        return end < c.s.endToken() && c.res.speech().at(c.tokens, end, Math.min(c.s.endToken(), end + 3)) != null;
    }

    static boolean civilianWords(TriggerContext c) {
        return c.trigger().civilians() || c.toll.civilianVictims() || c.lexicon().civilianTargets.first(c.tokens,
                c.t.end(), Math.min(c.s.endToken(), c.t.end() + 8)) != null;
    }

    private static String country(TriggerContext c) {
        List<String> focus = c.report.names().focus();
        return c.draft.place.country() != null ? c.draft.place.country() : focus.isEmpty() ? null : focus.get(0);
    }
}
