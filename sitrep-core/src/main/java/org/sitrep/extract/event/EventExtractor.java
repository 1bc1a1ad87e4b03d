package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.QuoteMarks;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.EntityType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.names.Actor;
import org.sitrep.names.ActorDictionary;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the events of one report, sentence by sentence: finds the triggers of the lexicon that are told
 * as having happened (not threats, plans, negations or history), gives each its sub-event type, actors,
 * place and date from the sentence and the sentences before it, and its toll from the casualty reader.
 * Territory triggers give one event per place they name. The drafts then go to {@link DraftMerger}.
 */
public final class EventExtractor {
    /** Tokens an irrealis or negation word may stand before the trigger it governs. */
    private static final int MODAL_REACH = 7;
    /** Tokens after a trigger within which its place is looked for. */
    private static final int PLACE_REACH = 14;
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "but", "although", "though", "and");
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "towns", "village", "villages", "city",
            "cities", "settlement", "settlements", "hamlet", "hamlets", "district", "districts", "neighbourhood",
            "neighborhood", "neighbourhoods", "neighborhoods", "camp", "camps", "suburb", "suburbs", "port", "capital");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("on", "against", "at", "in", "of", "from", "to",
            "with", "toward", "towards", "near", "into", "targeting", "for", "among", "between", "by", "around");

    private final TriggerLexicon lexicon;
    private final ActorDictionary actors;
    private final TollReader tolls;
    private final CuePhrases<String> speech;

    public EventExtractor(TriggerLexicon lexicon, ActorDictionary actors, TollReader tolls, CuePhrases<String> speech) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.tolls = tolls;
        this.speech = speech;
    }

    /** The event drafts of a report, in order of position, not yet merged. */
    List<EventDraft> drafts(Report report, SentenceMentions mentions) {
        String text = report.body().text();
        Tokens tokens = report.reading().tokens();
        List<Sentence> sentences = report.reading().sentences();
        LocalDate published = report.publication().date();
        List<String> focus = report.names().focus();
        List<EventDraft> out = new ArrayList<>();
        LocalDate paragraphDate = null;
        int paragraphDatePrecision = 1;
        boolean paragraphHistory = false;
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphHistory = false;
                if (!continuesStory(tokens, s)) {
                    paragraphDate = null; // a new paragraph tells its own day unless it says it goes on
                }
            }
            if (s.headline() || question(text, s) || isTitle(report.title(), text, s)) {
                continue;
            }
            List<Mention> ms = mentions.mentions(s.index());
            SentenceDate when = sentenceDate(tokens, s, mentions.times(s.index()), report.body().embeddedPosts());
            if (when.date != null) {
                paragraphDate = when.date;
                paragraphDatePrecision = when.precision;
                paragraphHistory = false;
            } else if (when.background) {
                paragraphHistory = true;
            }
            if (when.background || when.span || (when.date == null && paragraphHistory)) {
                continue;
            }
            List<CuePhrases.Match<Trigger>> triggers = triggers(tokens, s);
            String carried = null; // the actor of the event a referring sentence ("the attacks") points back at
            LocalDate carriedDate = null;
            int carriedPrecision = 0;
            TollReader.Toll toll = tolls.read(text, tokens, s);
            SourceFrame frame = report.attributions().of(s.index());
            if (triggers.isEmpty()) {
                tollOfLast(out, s, sentences, text, report.id(), toll, frame, ms, when, true);
                continue;
            }
            if (triggers.stream().anyMatch(t -> t.value().subEvent().equals(Trigger.ANAPHOR))
                    && triggers.stream().allMatch(t -> t.value().subEvent().equals(Trigger.ANAPHOR)
                    || t.value().subEvent().equals(Trigger.KILLING))) {
                EventDraft fresh = anaphor(out, s, sentences, text, report.id(), toll, frame, ms, tokens, when);
                if (fresh == null) {
                    continue;
                }
                carried = fresh.actor1;
                carriedDate = fresh.date;
                carriedPrecision = fresh.precision;
                triggers = List.of(new CuePhrases.Match<>(triggers.get(0).first(), triggers.get(0).end(),
                        new Trigger(fresh.subEvent, true, false, false), fresh.subEvent));
            }
            int made = out.size();
            for (CuePhrases.Match<Trigger> t : concrete(triggers, tokens, s)) {
                String sub = resolve(t, tokens, s);
                List<Place> places = placesAfter(ms, tokens, s, t);
                Place fronted = t.value().territorial() ? null : frontedPlace(ms, tokens, s);
                if (fronted != null) {
                    places = List.of(fronted); // "In Port Sudan, hundreds marched … to protect El Fasher"
                }
                if (places.isEmpty()) {
                    Place p = t.value().placeObject() ? placeJustBefore(ms, tokens, t) : bestPlace(ms, tokens, s, t);
                    if (p == null && !hasPlace(ms)
                            && lexicon.placeAnaphor.first(tokens, s.firstToken(), s.endToken()) != null) {
                        p = recentPlace(out, s, sentences);
                    }
                    if (p == null) {
                        continue; // a statement without a place is not an event
                    }
                    places = List.of(p);
                }
                if (places.size() >= 3 && !t.value().territorial() && when.date == null) {
                    continue; // "have carried out raids on A, B and C", no day told: a campaign, not an incident
                }
                Mention agent = agent(ms, tokens, s, t);
                String actor1 = agent == null ? null : actorName(agent, true);
                Actor own = possessedBySource(agent, ms, tokens, frame);
                String state = agent != null && isStateForce(agent) ? agent.key().split(":")[1] : null;
                if (own != null) {
                    actor1 = own.name(); // "Russia's Defence Ministry said its troops …": the troops are the ministry's state's
                    state = own.country();
                } else if (agent == null) {
                    Actor country = countrySubject(ms, tokens, s, t);
                    if (country != null) {
                        actor1 = country.name();
                        state = country.country();
                    }
                }
                if (actor1 == null) {
                    actor1 = carried != null ? carried : recentActor(out, s, sentences, tokens, t);
                }
                if (actor1 == null && t.value().territorial() && passiveParticiple(tokens, s, t)) {
                    actor1 = mainArmedGroup(report);
                }
                for (Place place : places) {
                    EventDraft d = new EventDraft(sub, s.index());
                    d.place = place;
                    if (when.date != null) {
                        d.date = when.date;
                        d.precision = when.precision;
                        d.ownDate = true;
                    } else if (carriedDate != null) {
                        d.date = carriedDate; // "The attacks against Idlib …" told the day of the attacks before
                        d.precision = carriedPrecision;
                    } else if (paragraphDate != null) {
                        d.date = paragraphDate;
                        d.precision = paragraphDatePrecision;
                    } else {
                        d.date = published;
                        d.precision = 2;
                    }
                    d.actor1 = actor1;
                    fillTarget(d, ms, tokens, s, t, agent, toll, focus, report);
                    d.fatalities = toll.killed();
                    d.injuries = toll.injured();
                    d.vagueToll = toll.vague();
                    d.hedge = own != null ? frame.hedge() : hedge(frame, d.actor1); // its own troops: its claim
                    if (frame.source() != null) {
                        d.attributedTo.add(frame.source());
                    }
                    d.evidence.add(Evidence.of(report.id(), text, s.start(), s.end(), frame.source(), d.hedge));
                    out.add(codeTerritory(d, state));
                }
            }
            if (out.size() == made) {
                boolean plain = triggers.stream().allMatch(t -> t.value().subEvent().equals(Trigger.KILLING)
                        || t.value().subEvent().equals(Trigger.ANAPHOR));
                tollOfLast(out, s, sentences, text, report.id(), toll, frame, ms, when, plain);
            }
        }
        return out;
    }

    /**
     * A sentence that tells a toll but no incident of its own ("About 20 people were wounded, he said.") gives
     * it to the violent event told just before, when it names no other place or day and the event lacks it; to
     * a change of control (a battle) only when it tells no strike or shelling of its own.
     */
    private static void tollOfLast(List<EventDraft> out, Sentence s, List<Sentence> sentences, String text,
                                   String doc, TollReader.Toll toll, SourceFrame frame, List<Mention> ms,
                                   SentenceDate when, boolean plain) {
        if ((toll.killed() == null && toll.injured() == null) || out.isEmpty()) {
            return;
        }
        EventDraft last = out.get(out.size() - 1);
        if ((last.territorial() && !plain) || s.index() - last.lastSentence > 2
                || s.paragraph() - sentences.get(last.lastSentence).paragraph() > 1
                || (when.date != null && last.date != null && !when.date.equals(last.date))) {
            return;
        }
        for (Mention m : ms) {
            if (m.place() != null && last.place != null && !samePlace(m.place(), last.place)
                    && m.place().geoPrecision() < 3) {
                return; // another place: another incident
            }
        }
        boolean filled = false;
        if (toll.killed() != null && last.fatalities == null) {
            last.fatalities = toll.killed();
            filled = true;
        }
        if (toll.injured() != null && last.injuries == null) {
            last.injuries = toll.injured();
            filled = true;
        }
        if (!filled) {
            return;
        }
        last.lastSentence = s.index();
        last.evidence.add(Evidence.of(doc, text, s.start(), s.end(), frame.source(), frame.hedge()));
        if (frame.source() != null) {
            last.attributedTo.add(frame.source());
        }
    }

    private static final Set<String> CONTINUATIONS = Set.of("elsewhere", "meanwhile", "also", "separately",
            "nearby", "later", "earlier", "then", "there");

    /** True for a paragraph that opens by carrying on the one before ("Elsewhere in Idlib, …", "Meanwhile, …"). */
    private static boolean continuesStory(Tokens tokens, Sentence s) {
        return CONTINUATIONS.contains(tokens.text(s.firstToken()).toLowerCase(Locale.ROOT));
    }

    /** True for the headline line of a scrape, which repeats the story in shorthand. */
    private static boolean isTitle(String title, String text, Sentence s) {
        return title != null && s.start() < 400 && text.regionMatches(s.start(), title, 0, Math.min(title.length(), s.end() - s.start()))
                && s.end() - s.start() >= Math.min(title.length(), 20);
    }

    private static boolean question(String text, Sentence s) {
        for (int i = s.end() - 1; i > s.start(); i--) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasPlace(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** The place of the event told in the sentence or two before, for a sentence that names none. */
    private static Place recentPlace(List<EventDraft> out, Sentence s, List<Sentence> sentences) {
        if (out.isEmpty()) {
            return null;
        }
        EventDraft last = out.get(out.size() - 1);
        return s.index() - last.sentence <= 2 && s.paragraph() - sentences.get(last.sentence).paragraph() <= 1
                ? last.place : null;
    }

    /** The actor of the event before, for a clause whose subject is a pronoun or is left out ("It also claimed to have captured"). */
    private static String recentActor(List<EventDraft> out, Sentence s, List<Sentence> sentences, Tokens tokens,
                                      CuePhrases.Match<Trigger> t) {
        if (out.isEmpty()) {
            return null;
        }
        EventDraft last = out.get(out.size() - 1);
        boolean near = s.index() - last.sentence <= 2 && s.paragraph() - sentences.get(last.sentence).paragraph() <= 1;
        if (!near) {
            return null;
        }
        String first = tokens.text(s.firstToken()).toLowerCase(Locale.ROOT);
        boolean pronoun = first.equals("it") || first.equals("they") || first.equals("he") || first.equals("she");
        boolean subjectless = t.value().territorial() && last.territorial();
        return pronoun || subjectless ? last.actor1 : null;
    }

    /** A capture told in the passive ("the villages captured", "were seized"), whose agent the report leaves out. */
    private static boolean passiveParticiple(Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        String w = tokens.text(t.first()).toLowerCase(Locale.ROOT);
        if (!(w.endsWith("ed") || w.equals("taken") || w.equals("overrun") || w.equals("retaken"))) {
            return false;
        }
        if (t.first() > s.firstToken()) {
            String before = tokens.text(t.first() - 1).toLowerCase(Locale.ROOT);
            return before.equals("were") || before.equals("was") || before.equals("been") || before.equals("being")
                    || Character.isLetter(before.charAt(0)) && !before.equals("has") && !before.equals("have")
                    && !before.equals("had");
        }
        return false;
    }

    /** The armed group the report names most, for a change of control told without its agent ("the settlements captured include …"). */
    private static String mainArmedGroup(Report report) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = null;
        for (Mention m : report.names().mentions()) {
            if (m.type() == EntityType.ARMED_GROUP) {
                int n = counts.merge(m.name(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = m.name();
                }
            }
        }
        return best;
    }

    /** The date a sentence gives its events, and whether it tells history or a span. */
    private record SentenceDate(LocalDate date, int precision, boolean background, boolean span) {
    }

    private SentenceDate sentenceDate(Tokens tokens, Sentence s, List<TimeExpression> times, List<EmbeddedPost> posts) {
        SentenceDate posted = null;
        for (EmbeddedPost post : posts) {
            if (post.date() != null && s.start() >= post.start() && s.end() <= post.end()) {
                posted = new SentenceDate(post.date(), 1, false, false); // the day it was posted, if it tells none
            }
        }
        if (posted != null && times.stream().noneMatch(t -> t.first() != null && t.relation() == TimeExpression.Relation.ON
                && !t.background())) {
            return posted;
        }
        boolean background = false;
        boolean span = false;
        boolean tally = false;
        SentenceDate said = null;
        SentenceDate own = null;
        for (TimeExpression t : times) {
            if (t.relation() == TimeExpression.Relation.FUTURE) {
                continue;
            }
            if (t.background()) {
                background = true;
                continue;
            }
            if (t.first() == null || t.last() == null) {
                span |= t.relation() == TimeExpression.Relation.UNTIL;
                continue;
            }
            if (t.relation() != TimeExpression.Relation.ON || t.precision() > 2) {
                span = true;
                tally |= t.relation() != TimeExpression.Relation.ON; // "between May 1 and May 11", "since Sunday"
                continue;
            }
            SentenceDate d = new SentenceDate(t.first(), t.first().equals(t.last()) ? t.precision() : 2, false, false);
            if (afterSpeechVerb(tokens, s, t)) {
                said = said == null ? d : said; // "said on Monday" dates the statement; the event only if nothing else does
                continue;
            }
            own = own == null ? d : own;
        }
        if (tally) {
            return new SentenceDate(null, 0, false, true); // a tally over days, not one incident
        }
        if (own != null) {
            return own;
        }
        if (span) {
            return new SentenceDate(null, 0, false, true);
        }
        if (said != null) {
            return said;
        }
        return new SentenceDate(null, 0, background, false);
    }

    private boolean afterSpeechVerb(Tokens tokens, Sentence s, TimeExpression t) {
        int i = tokens.indexAt(t.start()) - 1;
        if (i >= s.firstToken() && tokens.is(i, "on")) {
            i--;
        }
        for (int k = i; k >= Math.max(s.firstToken(), i - 2); k--) {
            CuePhrases.Match<String> m = speech.at(tokens, k, i + 1);
            if (m != null && m.end() == i + 1) {
                return true;
            }
        }
        return false;
    }

    /** The trigger phrases of a sentence told as having happened. */
    private List<CuePhrases.Match<Trigger>> triggers(Tokens tokens, Sentence s) {
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> m : lexicon.triggers.find(tokens, s.firstToken(), s.endToken())) {
            if (QuoteMarks.inside(tokens, s, m.first())) {
                continue; // a speaker's words are a quote, not the report's account
            }
            if (m.end() < s.endToken() && lexicon.notEventAfter.startsAt(tokens, m.end(), s.endToken())) {
                continue; // "an air raid alert", "drone debris": the word names something else
            }
            boolean infinitive = !m.value().noun() && m.first() > s.firstToken() && tokens.is(m.first() - 1, "to");
            if (!infinitive && !governed(lexicon.irrealis, tokens, s, m) && !governed(lexicon.negation, tokens, s, m)
                    && !governed(lexicon.generic, tokens, s, m) && !(m.value().territorial() && seizesThings(tokens, m))) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when what a capture verb takes is things or people ("captured an assault rifle"), not a place. */
    private boolean seizesThings(Tokens tokens, CuePhrases.Match<Trigger> m) {
        int to = Math.min(tokens.size(), m.end() + 4);
        for (int i = m.end(); i < to; i++) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return false;
            }
            if (lexicon.notTerritory.at(tokens, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of {@code cues} stands shortly before the trigger in the same clause. */
    private static boolean governed(CuePhrases<String> cues, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> m) {
        int from = Math.max(s.firstToken(), m.first() - MODAL_REACH);
        for (int i = m.first() - 1; i >= from; i--) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return false;
            }
            CuePhrases.Match<String> c = cues.at(tokens, i, m.first());
            if (c != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(Tokens tokens, int i) {
        char c = tokens.first(i);
        return c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')' || c == '.';
    }

    /**
     * The triggers that each give an event: a killing is the outcome of a strike or clash told beside it,
     * a clash beside a capture is the capture; one event per sub-event type and sentence.
     */
    private List<CuePhrases.Match<Trigger>> concrete(List<CuePhrases.Match<Trigger>> triggers, Tokens tokens,
                                                     Sentence s) {
        boolean violent = false;
        boolean territory = false;
        boolean means = false;
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            violent |= !sub.equals(Trigger.KILLING) && !sub.equals(Trigger.ANAPHOR) && !t.value().territorial();
            territory |= t.value().subEvent().equals(Trigger.TERRITORY);
            means |= lexicon.remote(sub); // "Two missiles hit the plant": the missiles are the strike
        }
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        List<String> seen = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            if (sub.equals(Trigger.ANAPHOR) || (sub.equals(Trigger.KILLING) && (violent || territory))
                    || (sub.equals(Trigger.STRIKE) && means)) {
                continue;
            }
            if (territory && (sub.equals("Armed clash") || sub.equals(Trigger.WITHDRAWAL))) {
                continue;
            }
            String family = family(t, tokens, s);
            if (!seen.contains(family)) {
                seen.add(family);
                out.add(t);
            }
        }
        return out;
    }

    private String family(CuePhrases.Match<Trigger> t, Tokens tokens, Sentence s) {
        String sub = resolve(t, tokens, s);
        return t.value().territorial() ? Trigger.TERRITORY : sub;
    }

    /** The sub-event type of a trigger, with a plain "strike" settled by the means the sentence names. */
    private String resolve(CuePhrases.Match<Trigger> t, Tokens tokens, Sentence s) {
        String sub = t.value().subEvent();
        if (sub.equals(Trigger.STRIKE)) {
            CuePhrases.Match<String> means = lexicon.instruments.first(tokens, s.firstToken(), s.endToken());
            return means != null ? means.value() : "Air/drone strike";
        }
        if (sub.equals(Trigger.KILLING)) {
            int clause = clauseStart(tokens, s, t.first());
            CuePhrases.Match<String> means = lexicon.instruments.first(tokens, clause, t.first());
            if (means != null) {
                return means.value(); // "warplanes killed five children"
            }
            int to = Math.min(s.endToken(), t.end() + 5);
            return lexicon.fighterGroups.first(tokens, t.end(), to) != null ? "Armed clash" : "Attack";
        }
        return sub;
    }

    /** Who acted: a "by" phrase after a noun or passive, else the subject before the trigger in its clause. */
    private Mention agent(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        Mention by = byAgent(ms, tokens, t.end(), Math.min(s.endToken(), t.end() + 5));
        if (by != null) {
            return by;
        }
        Mention blamed = blamedOn(ms, tokens, s, t);
        if (blamed != null) {
            return blamed;
        }
        int clause = clauseStart(tokens, s, t.first());
        Mention subject = null;
        for (Mention m : ms) {
            if (!isActor(m)) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (first <= t.first() && end >= t.end()) {
                return m; // "Russian strike": the trigger is inside the actor's mention
            }
            if (first >= clause && end <= t.first() && !objectBefore(tokens, first, clause)) {
                if (subject == null) {
                    subject = m; // the leftmost actor of the clause is its subject
                }
            }
        }
        if (subject != null) {
            return subject;
        }
        if (clause > s.firstToken() && CONTRAST.contains(tokens.text(clause).toLowerCase(Locale.ROOT))) {
            return null; // "…, while the army shelled …": the clause has a subject of its own
        }
        if (t.value().noun() && t.first() - s.firstToken() <= 2) {
            // "Alongside the capture of the base, rebels have …": a fronted noun's agent is the main clause's subject
            for (Mention m : ms) {
                int first = tokens.indexAt(m.start());
                if (isActor(m) && first >= t.end() && !objectBefore(tokens, first, s.firstToken())) {
                    return m;
                }
            }
        }
        Mention nearest = null;
        for (Mention m : ms) {
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (isActor(m) && end <= t.first() && !objectBefore(tokens, tokens.indexAt(m.start()), s.firstToken())) {
                nearest = m;
            }
        }
        return nearest;
    }

    /**
     * The military of the state whose body the sentence cites, when the agent is that body's own forces: a
     * description after "its"/"their" ("its troops") in a sentence attributed to a state's ministry or army.
     */
    private Actor possessedBySource(Mention agent, List<Mention> ms, Tokens tokens, SourceFrame frame) {
        if (agent == null || !agent.generic() || frame.source() == null) {
            return null;
        }
        int first = tokens.indexAt(agent.start());
        if (first == 0 || !(tokens.is(first - 1, "its") || tokens.is(first - 1, "their"))) {
            return null;
        }
        for (Mention m : ms) {
            if (m.name().equals(frame.source()) && m.key() != null) {
                Actor body = actors.actor(m.key());
                String country = m.key().startsWith("state:") ? m.key().split(":")[1]
                        : body != null && body.type() != EntityType.ARMED_GROUP ? body.country() : null;
                return actors.stateActor(country, "military");
            }
        }
        return null;
    }

    /** "Russia claimed to have captured …": a country as the subject of a military action stands for its forces. */
    private Actor countrySubject(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        int clause = clauseStart(tokens, s, t.first());
        for (Mention m : ms) {
            int first = tokens.indexAt(m.start());
            if (first < clause || first >= t.first()) {
                continue;
            }
            if (m.type() == EntityType.LOCATION && m.place() != null && isCountry(m.place())
                    && !objectBefore(tokens, first, clause)) {
                return actors.stateActor(m.place().country(), "military");
            }
            return null; // the subject is something else
        }
        return null;
    }

    /** "The army blamed Sunday's strike on the RSF": the one it is blamed on acted, not the accuser. */
    private Mention blamedOn(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        int from = Math.max(s.firstToken(), t.first() - 4);
        if (lexicon.accusation.first(tokens, from, t.first()) == null) {
            return null;
        }
        for (int i = t.end(); i < Math.min(s.endToken(), t.end() + 6); i++) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return null;
            }
            if (tokens.is(i, "on")) {
                for (Mention m : ms) {
                    int first = tokens.indexAt(m.start());
                    if (isActor(m) && first > i && first <= i + 2) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private Mention byAgent(List<Mention> ms, Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            CuePhrases.Match<String> cue = lexicon.agentAfter.at(tokens, i, Math.min(tokens.size(), to + 3));
            if (cue != null) { // "by", "blamed on", "carried out by"
                for (Mention m : ms) {
                    int first = tokens.indexAt(m.start());
                    if (isActor(m) && first >= cue.end() && first <= cue.end() + 2) {
                        return m;
                    }
                }
                return null;
            }
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return null;
            }
        }
        return null;
    }

    /** True when the word before token {@code first} (or the one before that, past an article) is a preposition. */
    private static boolean objectBefore(Tokens tokens, int first, int limit) {
        for (int i = first - 1; i >= Math.max(limit, first - 2); i--) {
            String w = tokens.text(i).toLowerCase(Locale.ROOT);
            if (OBJECT_PREPOSITIONS.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || tokens.capitalized(i))) {
                return false;
            }
        }
        return false;
    }

    private static int clauseStart(Tokens tokens, Sentence s, int trigger) {
        for (int i = trigger - 1; i > s.firstToken(); i--) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                if (i + 1 < trigger && (tokens.is(i + 1, "which") || tokens.is(i + 1, "who"))) {
                    continue; // a relative clause: its subject is before it
                }
                return i + 1;
            }
        }
        return s.firstToken();
    }

    private static boolean isActor(Mention m) {
        return m.type() == EntityType.STATE_FORCE || m.type() == EntityType.ARMED_GROUP
                || (m.type() == EntityType.GOVERNMENT && m.key() != null && m.key().startsWith("state:"));
    }

    /** The canonical actor name; a state's government, command or ministry acting by force is its military. */
    private String actorName(Mention m, boolean violent) {
        String key = m.key();
        if (violent && key != null && key.startsWith("state:")) {
            String[] parts = key.split(":");
            if (parts.length == 3 && !parts[2].equals("military") && !parts[2].equals("police")) {
                Actor military = actors.stateActor(parts[1], "military");
                if (military != null) {
                    return military.name();
                }
            }
        }
        return m.name();
    }

    /** Who was acted on: an actor after the trigger, the previous holder of a place, or civilians. */
    private void fillTarget(EventDraft d, List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t,
                            Mention agent, TollReader.Toll toll, List<String> focus, Report report) {
        Mention target = null;
        for (Mention m : ms) {
            int first = tokens.indexAt(m.start());
            if (isActor(m) && m != agent && first >= t.end() && first <= t.end() + 6
                    && (agent == null || !m.key().equals(agent.key()))) {
                target = m;
                break;
            }
        }
        String country = d.place.country() != null ? d.place.country() : focus.isEmpty() ? null : focus.get(0);
        boolean civilianWords = t.value().civilians() || toll.civilianVictims()
                || lexicon.civilianTargets.first(tokens, t.end(), Math.min(s.endToken(), t.end() + 8)) != null;
        if (target != null) {
            d.actor2 = actorName(target, true);
        } else if (civilianWords && !d.territorial() && !toll.fighterVictims()) {
            Actor civilians = actors.stateActor(country, "civilians");
            d.actor2 = civilians == null ? null : civilians.name();
        }
        d.civilians = civilianWords && !toll.fighterVictims() && (target == null || !d.territorial())
                && (d.actor2 != null && d.actor2.startsWith("Civilians"));
        boolean stateGain = agent != null ? isStateForce(agent) : d.actor1 != null && d.actor1.startsWith("Military Forces of");
        if (d.actor2 == null && t.value().territorial() && d.actor1 != null && !stateGain && country != null
                && reportNamesState(report, country)) {
            Actor military = actors.stateActor(country, "military");
            d.actor2 = military == null ? null : military.name();
        }
    }

    private static boolean isStateForce(Mention m) {
        return m.key() != null && m.key().startsWith("state:");
    }

    private static boolean reportNamesState(Report report, String country) {
        String prefix = "state:" + country + ":";
        for (Mention m : report.names().mentions()) {
            if (m.key() != null && m.key().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Settles a territory placeholder by who gained the place. */
    private static EventDraft codeTerritory(EventDraft d, String stateCountry) {
        if (!d.subEvent.equals(Trigger.TERRITORY) && !d.subEvent.equals(Trigger.WITHDRAWAL)) {
            return d;
        }
        String sub;
        if (d.subEvent.equals(Trigger.WITHDRAWAL)) {
            sub = "Non-violent transfer of territory";
        } else if (stateCountry != null && (d.place == null || d.place.country() == null
                || stateCountry.equals(d.place.country()))) {
            sub = "Government regains territory"; // ACLED: a foreign state force taking ground is coded as overtaking
        } else {
            sub = "Non-state actor overtakes territory";
        }
        EventDraft coded = new EventDraft(sub, d.sentence);
        coded.absorb(d);
        coded.ownDate = d.ownDate;
        coded.date = d.date;
        coded.precision = d.precision;
        coded.hedge = d.hedge;
        return coded;
    }

    /**
     * The places a trigger acts on: the named places closely after it, a list running on ("A, B, C and D"),
     * towns before areas, a container after the list ("… in Aleppo's northern countryside") left out.
     */
    /** True when only commas and list words ("and", "the towns of") stand in tokens {@code [from, to)}. */
    private boolean onlyListWords(Tokens tokens, int from, int to) {
        int k = from;
        while (k < to) {
            if (tokens.is(k, ",")) {
                k++;
                continue;
            }
            CuePhrases.Match<String> m = lexicon.listWords.at(tokens, k, to);
            if (m == null) {
                return false;
            }
            k = m.end();
        }
        return true;
    }

    private List<Place> placesAfter(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        List<Place> towns = new ArrayList<>(3);
        List<Place> areas = new ArrayList<>(1);
        int limit = t.end() + (t.value().placeObject() ? 4 : 6); // the first place must follow closely
        int taken = -1; // end of the last place taken: a name inside it ("Jalaa" in "Al-Jalaa Street") is the same place
        for (Mention m : ms) {
            if (m.type() != EntityType.LOCATION || m.place() == null || m.start() < taken) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            if (first < t.end()) {
                continue;
            }
            boolean unplaced = towns.size() == 1 && towns.get(0).lat() == null;
            if (first > limit + (unplaced ? 4 : 0)) {
                break; // an unplaced first place may be placed by its town a little further on
            }
            if (!towns.isEmpty() || !areas.isEmpty()) {
                boolean container = containerWord(tokens, first, s.firstToken());
                if (container && towns.size() == 1 && towns.get(0).lat() == null && m.place().lat() != null
                        && !isCountry(m.place())) {
                    // "a convent in Aleppo", "the X neighbourhood in the west of El Fasher": the town it is part of
                    towns.set(0, m.place().withPrecision(Math.max(2, m.place().geoPrecision())));
                }
                if (container || breakBetween(tokens, limit - 4, first)
                        || !onlyListWords(tokens, tokens.indexAt(taken - 1) + 1, first)) {
                    break; // "A near B", "A, where B": B is not one more place of the list
                }
            }
            if (towns.isEmpty() && areas.isEmpty() && first > 0 && tokens.is(first - 1, "between")) {
                limit = first; // "between Dori and Seytenga": one event on the road, at the first place named
            } else {
                limit = tokens.indexAt(m.end() - 1) + 1 + 4; // lists run on: "A, B, C and D"
            }
            taken = m.end();
            if (isCountry(m.place())) {
                continue;
            }
            if (m.place().geoPrecision() <= 2) {
                if (towns.stream().noneMatch(p -> samePlace(p, m.place()))) {
                    towns.add(m.place());
                }
            } else if (areas.stream().noneMatch(p -> samePlace(p, m.place()))) {
                areas.add(m.place());
            }
        }
        return towns.isEmpty() ? areas : towns;
    }

    /** True when "in" or "of" stands right before a place (possibly past an article): it contains what came before. */
    private static boolean containerWord(Tokens tokens, int first, int limit) {
        for (int i = first - 1; i >= Math.max(limit, first - 3); i--) {
            if (tokens.is(i, "of") && i > limit && SETTLEMENT_NOUNS.contains(tokens.text(i - 1).toLowerCase(Locale.ROOT))
                    && (tokens.text(i - 1).endsWith("s") || i - 2 >= limit && joins(tokens, i - 2))) {
                return false; // "the towns of A and B", "A and the town of B" go on with the list
            }
            if (tokens.is(i, "in") || tokens.is(i, "of") || tokens.is(i, "across")) {
                return true;
            }
            if (!(tokens.is(i, "the") || tokens.is(i, "northern") || tokens.is(i, "southern") || tokens.is(i, "eastern")
                    || tokens.is(i, "western") || tokens.capitalized(i))) {
                return false;
            }
        }
        return false;
    }

    /** True when token {@code i}, or the one before it past an article, joins list items ("and", ","). */
    private static boolean joins(Tokens tokens, int i) {
        int k = tokens.is(i, "the") && i > 0 ? i - 1 : i;
        return tokens.is(k, "and") || tokens.is(k, ",") || tokens.is(k, "or");
    }

    private static boolean breakBetween(Tokens tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (!tokens.word(i) && (tokens.first(i) == ';' || tokens.first(i) == '.' || tokens.first(i) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** A place right before a trigger ("Aleppo fell to the rebels"). */
    private static Place placeJustBefore(List<Mention> ms, Tokens tokens, CuePhrases.Match<Trigger> t) {
        for (Mention m : ms) {
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (m.type() == EntityType.LOCATION && m.place() != null && !isCountry(m.place())
                    && end <= t.first() && end >= t.first() - 2) {
                return m.place();
            }
        }
        return null;
    }

    /** The most specific place near the trigger: after it within reach first, then before it in its clause. */
    private static Place bestPlace(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        Place best = null;
        int bestScore = Integer.MAX_VALUE;
        int clause = clauseStart(tokens, s, t.first());
        for (Mention m : ms) {
            if (m.type() != EntityType.LOCATION || m.place() == null || isCountry(m.place())) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            boolean after = first >= t.end();
            if (after ? first > t.end() + PLACE_REACH && !(first <= t.end() + 2 * PLACE_REACH
                    && unbroken(tokens, t.end(), first)) : first < clause - 6) {
                continue; // far after the trigger only when no comma or clause break stands between
            }
            int score = (after ? 0 : 1000) + m.place().geoPrecision() * 100 + Math.abs(first - t.end());
            if (score < bestScore) {
                bestScore = score;
                best = m.place();
            }
        }
        return best;
    }

    /** The place of a sentence that opens "In X, …", or null. */
    private static Place frontedPlace(List<Mention> ms, Tokens tokens, Sentence s) {
        if (!tokens.is(s.firstToken(), "In")) {
            return null;
        }
        for (Mention m : ms) {
            int first = tokens.indexAt(m.start());
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (first == s.firstToken() + 1 && m.type() == EntityType.LOCATION && m.place() != null
                    && !isCountry(m.place()) && end < s.endToken() && tokens.is(end, ",")) {
                return m.place();
            }
        }
        return null;
    }

    private static boolean unbroken(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.word(i) && clauseBreak(tokens, i)) {
                return false;
            }
        }
        return true;
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

    private static Hedge hedge(SourceFrame frame, String actor1) {
        if (frame.hedge() == Hedge.CLAIMED && frame.source() != null && !frame.source().equals(actor1)
                && !"claim".equals(frame.cue())) {
            return Hedge.REPORTED; // a party telling of its enemy's gains is not claiming them
        }
        return frame.hedge();
    }

    /**
     * A sentence that refers back ("At least 12 other people were injured by the attack") adds to the event
     * it refers to: the last one at a place it names, else the last one. When it tells another day ("The
     * strike follows one on Saturday which killed several people"), it is a new event of the same kind,
     * returned as a draft to fill.
     */
    private EventDraft anaphor(List<EventDraft> out, Sentence s, List<Sentence> sentences, String text, String doc,
                               TollReader.Toll toll, SourceFrame frame, List<Mention> ms, Tokens tokens,
                               SentenceDate when) {
        if (out.isEmpty()) {
            return null;
        }
        EventDraft last = out.get(out.size() - 1);
        for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentence <= 6; k--) {
            EventDraft d = out.get(k);
            if (ms.stream().anyMatch(m -> m.place() != null && samePlace(m.place(), d.place))) {
                last = d;
                break;
            }
        }
        Sentence from = sentences.get(last.sentence);
        if (s.index() - last.sentence > 6 || s.paragraph() - from.paragraph() > 2) {
            return null;
        }
        if (when.date != null && last.ownDate && !when.date.equals(last.date)) {
            return new EventDraft(last.subEvent, s.index());
        }
        EventDraft at = last;
        if (ms.stream().anyMatch(m -> m.place() != null && !isCountry(m.place()) && at.place != null
                && !samePlace(m.place(), at.place) && !m.place().name().equals(at.place.admin1()))) {
            EventDraft elsewhere = new EventDraft(last.subEvent, s.index()); // "The attacks against Idlib …"
            elsewhere.actor1 = last.actor1; // the same kind by the same hand, elsewhere, the same day
            if (when.date == null) {
                elsewhere.date = last.date;
                elsewhere.precision = last.precision;
            }
            return elsewhere;
        }
        if (last.fatalities == null) {
            last.fatalities = toll.killed();
        }
        if (last.injuries == null) {
            last.injuries = toll.injured();
        }
        if (last.actor1 == null && !uncertain(tokens, s)) {
            Mention by = byAgent(ms, tokens, s.firstToken(), s.endToken());
            if (by != null) {
                last.actor1 = actorName(by, true);
            }
        }
        last.evidence.add(Evidence.of(doc, text, s.start(), s.end(), frame.source(), frame.hedge()));
        if (frame.source() != null) {
            last.attributedTo.add(frame.source());
        }
        return null;
    }

    private static boolean uncertain(Tokens tokens, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (tokens.is(i, "whether") || tokens.is(i, "unclear") || tokens.is(i, "or")) {
                return true;
            }
        }
        return false;
    }
}
