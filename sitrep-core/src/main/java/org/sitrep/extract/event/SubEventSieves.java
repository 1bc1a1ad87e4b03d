package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * The sieves that settle the ACLED sub-event type of a trigger. A trigger that names its kind ("clashes",
 * "shelling") keeps it; a plain "strike", "hit", "attacked" or "killed" is settled by the means the sentence
 * names (warplanes, drones, shells, gunmen) and by whom it was aimed at (soldiers, a base: a clash), never by who
 * died alone.
 */
final class SubEventSieves {
    static final String PEACEFUL = "Peaceful protest";
    static final String VIOLENT = "Violent demonstration";

    private SubEventSieves() {
    }

    /** True for ACLED's demonstration kinds: protests of every sort and violent demonstrations. */
    static boolean crowd(String sub) {
        return sub.equals(VIOLENT) || sub.equals(PEACEFUL) || sub.equals("Protest with intervention")
                || sub.equals("Excessive force against protesters");
    }

    /**
     * "People fleeing the hotel fell into an ambush by insurgents": a one-sided attack that falls on people who are
     * not fighters, with no armed target named, is violence against civilians.
     */
    static final class AmbushOnCivilians implements Sieve<String> {
        public String name() {
            return "sub_event_type:ambush-on-civilians";
        }

        public String decide(TriggerContext c) {
            if (c.lexicon().oneSided.at(c.tokens, c.t.first(), c.t.end()) == null || c.toll.fighterVictims()) {
                return null;
            }
            if (c.lexicon().militaryTargets.first(c.tokens, c.s.firstToken(), c.t.first()) != null) {
                return null; // "a patrol fell into an ambush": fighters on the side that fell into it
            }
            for (Mention m : c.ms) {
                if (m.type() == org.sitrep.model.EntityType.STATE_FORCE) {
                    return null; // troops in it: a battle
                }
            }
            boolean unarmed = c.toll.civilianVictims()
                    || c.lexicon().unarmedVictims.first(c.tokens, c.clauseStart(), c.t.first()) != null
                    || c.lexicon().unarmedVictims.first(c.tokens, c.s.firstToken(), c.t.first()) != null;
            return unarmed ? "Attack" : null;
        }
    }

    /**
     * ACLED's demonstration kinds from what the crowd and the forces did: a protest whose crowd threw stones or set
     * fires is a violent demonstration; one that forces killed in is excessive force against protesters; one they
     * dispersed with tear gas or arrests is a protest with intervention.
     */
    static final class Protest implements Sieve<String> {
        public String name() {
            return "sub_event_type:protest";
        }

        public String decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            if (!sub.equals(PEACEFUL) && !sub.equals(VIOLENT)) {
                return null;
            }
            int from = c.s.firstToken();
            int to = c.s.endToken();
            if (c.lexicon().protestViolence.first(c.tokens, from, to) != null) {
                return VIOLENT;
            }
            if (sub.equals(VIOLENT)) {
                return null;
            }
            boolean forces = c.ms.stream().anyMatch(Clauses::isStateForce);
            if (forces && c.toll.killed() != null && c.toll.killed() > 0) {
                return "Excessive force against protesters";
            }
            return c.lexicon().protestIntervention.first(c.tokens, from, to) != null ? "Protest with intervention" : null;
        }
    }

    /**
     * "Clashes broke out in X" in a report of protesters: with no armed side named in the sentence and a crowd
     * named beside it (the headline, the sentence before or after), the clashes are a riot, not a battle.
     */
    static final class CrowdClash implements Sieve<String> {
        public String name() {
            return "sub_event_type:crowd-clash";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals("Armed clash") || c.ms.stream().anyMatch(m ->
                    m.type() == org.sitrep.model.EntityType.ARMED_GROUP)) {
                return null;
            }
            List<org.sitrep.model.Sentence> beside = new ArrayList<>(c.whole().headlines());
            for (int i = Math.max(0, c.s.index() - 1); i <= Math.min(c.sentences.size() - 1, c.s.index() + 1); i++) {
                beside.add(c.sentences.get(i));
            }
            for (var other : beside) {
                if (c.lexicon().crowdActors.first(c.tokens, other.firstToken(), other.endToken()) != null) {
                    return VIOLENT;
                }
            }
            return null;
        }
    }

    /** A trigger that names its own sub-event type. */
    static final class OfTrigger implements Sieve<String> {
        public String name() {
            return "sub_event_type:trigger";
        }

        public String decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            return placeholder(sub) ? null : sub;
        }
    }

    /** "The attackers briefly captured the base", "entered the town before retreating": a raid, not a capture. */
    static final class Raid implements Sieve<String> {
        public String name() {
            return "sub_event_type:raid";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals(Trigger.TERRITORY)
                    || c.lexicon().transientCues.first(c.tokens, c.s.firstToken(), c.s.endToken()) == null) {
                return null;
            }
            return "Armed clash";
        }
    }

    /** "Gunmen stormed the premises", "entered the base": getting into a position is an assault on it. */
    static final class Assault implements Sieve<String> {
        /** Tokens after the verb within which its object stands ("stormed the main police station"). */
        private static final int OBJECT_REACH = 4;

        public String name() {
            return "sub_event_type:assault";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals(Trigger.TERRITORY)
                    || c.lexicon().entryVerbs.at(c.tokens, c.t.first(), c.t.end()) == null) {
                return null;
            }
            int to = Math.min(c.s.endToken(), c.t.end() + OBJECT_REACH);
            for (int i = c.t.end(); i < to; i++) {
                if (!c.tokens.word(i) && Clauses.clauseBreak(c.tokens, i)) {
                    return null;
                }
                if (c.lexicon().facilities.at(c.tokens, i, to) != null) {
                    return "Armed clash";
                }
            }
            return null;
        }
    }

    /** "Warplanes struck …", "shells hit …", "a drone killed …": the means named settles the kind. */
    static final class ByMeans implements Sieve<String> {
        public String name() {
            return "sub_event_type:means";
        }

        public String decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            CuePhrases.Match<String> means = null;
            if (sub.equals(Trigger.STRIKE)) {
                means = c.lexicon().instruments.first(c.tokens, c.s.firstToken(), c.s.endToken());
            } else if (sub.equals(Trigger.KILLING)) {
                means = c.lexicon().instruments.first(c.tokens, c.clauseStart(), c.t.first());
                if (means == null && c.t.end() < c.s.endToken()
                        && (c.tokens.is(c.t.end(), "in") || c.tokens.is(c.t.end(), "by"))) {
                    // "killed in a rocket attack", "killed by a drone"
                    means = c.lexicon().instruments.first(c.tokens, c.t.end(), Math.min(c.s.endToken(), c.t.end() + 6));
                }
            }
            return means == null ? null : means.value();
        }
    }

    /** "Another explosion struck a nearby hotel": a strike whose subject is an explosion is a bomb. */
    static final class ExplosionStruck implements Sieve<String> {
        public String name() {
            return "sub_event_type:explosion-struck";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals(Trigger.STRIKE)
                    || c.lexicon().explosionSubjects.first(c.tokens, c.clauseStart(), c.t.first()) == null) {
                return null;
            }
            return "Remote explosive/landmine/IED";
        }
    }

    /**
     * "Wednesday's strike on the resort" in a report whose other sentences tell "artillery strikes": a strike with
     * no means of its own takes the one means the report names, when it names only one kind.
     */
    static final class ReportMeans implements Sieve<String> {
        public String name() {
            return "sub_event_type:report-means";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals(Trigger.STRIKE)) {
                return null;
            }
            return c.whole().onlyMeans(); // several means in the report: none is this strike's for sure
        }
    }

    /**
     * A "strike" with no means named and no attackers on the ground before it ("gunmen targeted …", "the ELN
     * targeted …"): from the air, as most such reports are ("it struck fighters near X").
     */
    static final class StrikeFromAir implements Sieve<String> {
        public String name() {
            return "sub_event_type:strike-from-air";
        }

        public String decide(TriggerContext c) {
            if (!c.trigger().subEvent().equals(Trigger.STRIKE)
                    || c.lexicon().groundAttackers.first(c.tokens, c.s.firstToken(), c.t.first()) != null) {
                return null;
            }
            Mention agent = c.agentMention();
            if (agent != null && agent.type() == org.sitrep.model.EntityType.ARMED_GROUP) {
                return null; // "the ELN targeted dissidents": a group with no air force named, on the ground
            }
            return "Air/drone strike";
        }
    }

    /** "… killing three soldiers": a killing whose dead are named fighters right after it is a clash. */
    static final class FightersKilled implements Sieve<String> {
        public String name() {
            return "sub_event_type:fighters-killed";
        }

        public String decide(TriggerContext c) {
            int to = Math.min(c.s.endToken(), c.t.end() + 5);
            return c.lexicon().fighterGroups.first(c.tokens, c.t.end(), to) != null ? "Armed clash" : null;
        }
    }

    /** "Attacked a military base", "an attack on the Iraqi forces": an attack aimed at armed forces is a clash. */
    static final class ArmedTarget implements Sieve<String> {
        public String name() {
            return "sub_event_type:armed-target";
        }

        public String decide(TriggerContext c) {
            int to = Math.min(c.s.endToken(), c.t.end() + 8);
            int civilian = firstAt(c.lexicon().civilianTargets, c, to);
            int armed = firstAt(c.lexicon().militaryTargets, c, to);
            Mention target = TargetSieves.target(c);
            if (target != null && target.type() != org.sitrep.model.EntityType.GOVERNMENT
                    && c.tokens.indexAt(target.start()) < to) { // a government office is no armed target
                armed = Math.min(armed, c.tokens.indexAt(target.start()));
            }
            return armed < civilian ? "Armed clash" : null;
        }

        private static int firstAt(CuePhrases<String> cues, TriggerContext c, int to) {
            CuePhrases.Match<String> m = cues.first(c.tokens, c.t.end(), to);
            return m == null ? Integer.MAX_VALUE : m.first();
        }
    }

    /** "Six soldiers were killed in an attack": the dead are fighters and no civilian among them. */
    static final class FighterVictims implements Sieve<String> {
        public String name() {
            return "sub_event_type:fighter-victims";
        }

        public String decide(TriggerContext c) {
            return c.toll.fighterVictims() && !c.toll.civilianVictims() ? "Armed clash" : null;
        }
    }

    /** "Three separatist fighters were killed by the military": armed men who suffered it make it a battle. */
    static final class ArmedPatient implements Sieve<String> {
        public String name() {
            return "sub_event_type:armed-patient";
        }

        public String decide(TriggerContext c) {
            Mention m = TargetSieves.PassiveSubject.patient(c);
            return m != null && (m.type() == org.sitrep.model.EntityType.ARMED_GROUP
                    || m.type() == org.sitrep.model.EntityType.STATE_FORCE) ? "Armed clash" : null;
        }
    }

    /** An attack told without its means or an armed target: violence against people. */
    static final class OnPeople implements Sieve<String> {
        public String name() {
            return "sub_event_type:attack";
        }

        public String decide(TriggerContext c) {
            return "Attack";
        }
    }

    static boolean placeholder(String sub) {
        return sub.equals(Trigger.STRIKE) || sub.equals(Trigger.KILLING);
    }
}
