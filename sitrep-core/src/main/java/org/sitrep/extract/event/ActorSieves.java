package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.names.Actor;

import java.util.List;

/** The sieves that decide {@code actor1}, from the most precise to the least. */
final class ActorSieves {
    private ActorSieves() {
    }

    /**
     * "Russia's Defence Ministry said its troops …": a description after "its"/"their" acting in a sentence a
     * state body tells stands for that state's military, and the sentence is that body's claim.
     */
    static final class OwnTroops implements Sieve<Agent> {
        public String name() {
            return "actor1:own-troops";
        }

        public Agent decide(TriggerContext c) {
            Mention agent = c.agentMention();
            if (agent == null || !agent.generic() || c.frame.source() == null) {
                return null;
            }
            int first = Clauses.first(c.tokens, agent);
            if (first == 0 || !(c.tokens.is(first - 1, "its") || c.tokens.is(first - 1, "their"))) {
                return null;
            }
            for (Mention m : c.ms) {
                if (m.name().equals(c.frame.source()) && m.key() != null) {
                    Actor body = c.res.actors().actor(m.key());
                    String country = m.key().startsWith("state:") ? m.key().split(":")[1]
                            : body != null && body.type() != EntityType.ARMED_GROUP ? body.country() : null;
                    Actor military = c.res.actors().stateActor(country, "military");
                    return military == null ? null : new Agent(military.name(), military.country(), true, null);
                }
            }
            return null;
        }
    }

    /**
     * "Police fired tear gas at protesters who marched …", "rioters set fire to a police station, police said": in
     * a demonstration the crowd acts (ACLED's Protesters or Rioters of the country), whoever else the sentence
     * names; the forces are its other side.
     */
    static final class Crowd implements Sieve<Agent> {
        public String name() {
            return "actor1:crowd";
        }

        public Agent decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            if (!SubEventSieves.crowd(sub)) {
                return null;
            }
            String kind = sub.equals(SubEventSieves.VIOLENT) ? "rioters" : "protesters";
            org.sitrep.names.Actor a = c.res.actors().stateActor(Unnamed.country(c, null), kind);
            return a == null ? null : new Agent(a.name(), null, false, null, kind);
        }
    }

    /** The agent mention of the clause, as {@link EventSieves#AGENT} found it. */
    static final class FromMention implements Sieve<Agent> {
        public String name() {
            return "actor1:mention";
        }

        public Agent decide(TriggerContext c) {
            SieveChain.Decision<Mention> a = c.agent();
            if (a == null) {
                return null;
            }
            Mention m = a.value();
            String state = Clauses.isStateForce(m) ? m.key().split(":")[1] : null;
            String name = c.res.actorName(m, true);
            // "CENTCOM said it struck …": a named state body telling of its own forces' action claims it.
            boolean own = !m.generic() && !name.equals(m.name()) && m.name().equals(c.frame.source());
            return new Agent(name, state, own, a.rule());
        }
    }

    /** "Russia claimed to have captured …": a country as the subject of a military action stands for its forces. */
    static final class CountrySubject implements Sieve<Agent> {
        public String name() {
            return "actor1:country-subject";
        }

        public Agent decide(TriggerContext c) {
            if (c.agentMention() != null || c.passive()
                    || c.lexicon().patientTriggers.at(c.tokens, c.t.first(), c.t.end()) != null) {
                return null; // "in Inates, Niger, which left 71 soldiers dead": a country that suffers does not act
            }
            int clause = c.clauseStart();
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                if (first < clause || first >= c.t.first()) {
                    continue;
                }
                if (m.type() == EntityType.LOCATION && m.place() != null && Clauses.isCountry(m.place())
                        && !Clauses.objectBefore(c.tokens, first, clause)) {
                    Actor military = c.res.actors().stateActor(m.place().country(), "military");
                    return military == null ? null : new Agent(military.name(), military.country(), false, null);
                }
                return null; // the subject is something else
            }
            return null;
        }
    }

    /** "The attacks against X …": a sentence that tells again the events before keeps their actor. */
    static final class ReferredEvent implements Sieve<Agent> {
        public String name() {
            return "actor1:referred-event";
        }

        public Agent decide(TriggerContext c) {
            return c.referred == null || c.referred.actor1 == null ? null
                    : new Agent(c.referred.actor1, null, false, null);
        }
    }

    /**
     * "It also claimed to have captured …": a clause whose subject is a pronoun, or a capture told without one
     * after another capture, has the actor of the event just told.
     */
    static final class Pronoun implements Sieve<Agent> {
        public String name() {
            return "actor1:pronoun";
        }

        public Agent decide(TriggerContext c) {
            EventDraft last = c.lastNear(2);
            if (last == null || last.actor1 == null) {
                return null;
            }
            String first = c.tokens.lower(c.s.firstToken());
            boolean pronoun = first.equals("it") || first.equals("they") || first.equals("he") || first.equals("she");
            boolean subjectless = c.trigger().territorial() && last.territorial();
            return pronoun || subjectless ? new Agent(last.actor1, null, false, null) : null;
        }
    }

    /** "The villages captured include …": a capture told in the passive is the report's main armed group's. */
    static final class PassiveCapture implements Sieve<Agent> {
        public String name() {
            return "actor1:passive-capture";
        }

        public Agent decide(TriggerContext c) {
            if (!c.trigger().territorial() || !passiveParticiple(c)) {
                return null;
            }
            String best = c.whole().mainArmedGroup();
            return best == null ? null : new Agent(best, null, false, null);
        }

        private static boolean passiveParticiple(TriggerContext c) {
            String w = c.tokens.lower(c.t.first());
            if (!(w.endsWith("ed") || w.equals("taken") || w.equals("overrun") || w.equals("retaken"))) {
                return false;
            }
            if (c.t.first() > c.s.firstToken()) {
                String before = c.tokens.lower(c.t.first() - 1);
                return before.equals("were") || before.equals("was") || before.equals("been") || before.equals("being")
                        || Character.isLetter(before.charAt(0)) && !before.equals("has") && !before.equals("have")
                        && !before.equals("had");
            }
            return false;
        }
    }

    /**
     * "Militants attacked an army post": a violent event told without its actor in a report that names one armed
     * group and no other is that group's, as the report tells it.
     */
    static final class OnlyGroup implements Sieve<Agent> {
        public String name() {
            return "actor1:only-group";
        }

        public Agent decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            if (c.trigger().territorial() || sub.startsWith("Protest") || sub.equals(SubEventSieves.PEACEFUL)
                    || sub.equals(SubEventSieves.VIOLENT) || sub.equals("Arrests") || c.passive()
                    || sub.equals(Trigger.STRIKE) || c.lexicon().remote(sub)) {
                return null; // strikes and shelling are mostly a state's: a group named may be their target
            }
            String group = c.whole().onlyArmedGroup();
            if (group == null || c.ms.stream().anyMatch(m -> group.equals(m.name()))) {
                return null; // named in the sentence and not taken as its actor: it is the one acted on
            }
            return new Agent(group, null, false, null);
        }
    }

    /**
     * "Gunmen killed four villagers", "protesters blocked the road": a report that names no group for who acted
     * gives ACLED's unnamed actors of the place's country: Unidentified Armed Group, Protesters or Rioters.
     */
    static final class Unnamed implements Sieve<Agent> {
        public String name() {
            return "actor1:unnamed";
        }

        public Agent decide(TriggerContext c) {
            String sub = c.trigger().subEvent();
            boolean crowd = sub.equals(SubEventSieves.PEACEFUL) || sub.equals(SubEventSieves.VIOLENT)
                    || sub.equals("Protest with intervention") || sub.equals("Excessive force against protesters");
            CuePhrases<String> words = crowd ? c.lexicon().crowdActors : c.lexicon().unnamedAttackers;
            int clause = c.clauseStart();
            CuePhrases.Match<String> who = words.first(c.tokens, clause, c.t.first());
            if (who == null && crowd) {
                who = words.first(c.tokens, c.t.first(), Math.min(c.s.endToken(), c.t.end() + 1));
            }
            if (who == null) {
                for (int i = c.t.end(); i < Math.min(c.s.endToken(), c.t.end() + 4) && who == null; i++) {
                    if (c.tokens.is(i, "by")) {
                        who = words.first(c.tokens, i + 1, Math.min(c.s.endToken(), i + 4)); // "killed by gunmen"
                    }
                }
            }
            if (who == null) {
                return null;
            }
            String kind = !crowd ? "unidentified-armed-group"
                    : sub.equals(SubEventSieves.VIOLENT) ? "rioters" : "protesters";
            Actor a = c.res.actors().stateActor(country(c, null), kind);
            return a == null ? null : new Agent(a.name(), null, false, null, kind);
        }

        /** The country of the event's place, else the report's own. */
        static String country(TriggerContext c, org.sitrep.model.Place place) {
            if (place != null && place.country() != null) {
                return place.country();
            }
            List<String> focus = c.report.names().focus();
            return focus.isEmpty() ? null : focus.get(0);
        }
    }

    /**
     * "Jihadists kill 12 soldiers in X" as a headline, "Gunmen attacked an army post on Tuesday" in the lede: an
     * event of the first paragraphs told without its actor has the one actor the headline names, if it names
     * exactly one.
     */
    static final class Headline implements Sieve<Agent> {
        /** Paragraphs after the first that the headline's actor reaches. */
        private static final int REACH = 2;

        public String name() {
            return "actor1:headline";
        }

        public Agent decide(TriggerContext c) {
            int firstParagraph = -1;
            String actor = null;
            for (org.sitrep.model.Sentence h : c.sentences) {
                if (!h.headline() && !EventExtractor.isTitle(c.report.title(), c.text, h)) {
                    firstParagraph = h.paragraph();
                    break;
                }
                for (Mention m : c.whole().mentionsOf(h.index())) {
                    if (m.zone() == 0 && m.start() >= h.start() && m.end() <= h.end() && Clauses.isActor(m)
                            && !m.generic() && !creditedSource(c, h, m)) {
                        String name = c.res.actorName(m, true);
                        if (actor != null && !actor.equals(name)) {
                            return null; // the headline names two sides
                        }
                        actor = name;
                    }
                }
            }
            if (actor == null || firstParagraph < 0 || c.s.paragraph() > firstParagraph + REACH) {
                return null;
            }
            return new Agent(actor, null, false, null);
        }

        /** "…in X: ISPR", "… — army": the source a headline credits after a colon or dash at its end. */
        private static boolean creditedSource(TriggerContext c, org.sitrep.model.Sentence h, Mention m) {
            int first = Clauses.first(c.tokens, m);
            int end = Clauses.end(c.tokens, m);
            return first > h.firstToken() && end >= h.endToken() - 1
                    && (c.tokens.is(first - 1, ":") || c.tokens.is(first - 1, "—") || c.tokens.is(first - 1, "–")
                    || c.tokens.is(first - 1, "-"));
        }
    }
}
