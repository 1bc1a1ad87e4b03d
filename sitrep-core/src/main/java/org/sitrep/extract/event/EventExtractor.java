package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
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
    private static final int MODAL_REACH = 5;
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("on", "against", "at", "in", "of", "from", "to",
            "with", "toward", "towards", "near", "into", "targeting", "for", "among", "between", "by", "around");

    private final TriggerLexicon lexicon;
    private final ActorDictionary actors;
    private final TollReader tolls;

    public EventExtractor(TriggerLexicon lexicon, ActorDictionary actors, TollReader tolls) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.tolls = tolls;
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
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphDate = null;
            }
            if (s.headline()) {
                continue;
            }
            List<Mention> ms = mentions.mentions(s.index());
            SentenceDate when = sentenceDate(s, mentions.times(s.index()), report.body().embeddedPosts());
            if (when.date != null) {
                paragraphDate = when.date;
                paragraphDatePrecision = when.precision;
            }
            if (when.background || when.span) {
                continue;
            }
            List<CuePhrases.Match<Trigger>> triggers = triggers(tokens, s);
            if (triggers.isEmpty()) {
                continue;
            }
            TollReader.Toll toll = tolls.read(text, tokens, s);
            SourceFrame frame = report.attributions().of(s.index());
            if (triggers.stream().allMatch(t -> t.value().subEvent().equals(Trigger.ANAPHOR))) {
                attachToPrevious(out, s, sentences, text, report.id(), toll, frame, ms, tokens);
                continue;
            }
            for (CuePhrases.Match<Trigger> t : concrete(triggers, tokens, s, toll)) {
                String sub = resolveStrike(t, tokens, s);
                List<Place> places = t.value().placeObject() ? placesAfter(ms, tokens, t) : List.of();
                if (places.isEmpty()) {
                    Place p = bestPlace(ms, tokens, t);
                    if (p == null) {
                        continue; // a statement without a place is not an event
                    }
                    places = List.of(p);
                }
                for (Place place : places) {
                    EventDraft d = new EventDraft(sub, s.index());
                    d.place = place;
                    if (when.date != null) {
                        d.date = when.date;
                        d.precision = when.precision;
                        d.ownDate = true;
                    } else if (paragraphDate != null) {
                        d.date = paragraphDate;
                        d.precision = paragraphDatePrecision;
                    } else {
                        d.date = published;
                        d.precision = 2;
                    }
                    Mention agent = agent(ms, tokens, s, t);
                    d.actor1 = agent == null ? null : actorName(agent, true);
                    fillTarget(d, ms, tokens, s, t, agent, toll, focus, report);
                    d.fatalities = toll.killed();
                    d.injuries = toll.injured();
                    d.vagueToll = toll.vague();
                    d.hedge = hedge(frame, d.actor1);
                    if (frame.source() != null) {
                        d.attributedTo.add(frame.source());
                    }
                    d.evidence.add(Evidence.of(report.id(), text, s.start(), s.end(), frame.source(), d.hedge));
                    out.add(codeTerritory(d, agent));
                }
            }
        }
        return out;
    }

    /** The date a sentence gives its events, and whether it tells history or a span. */
    private record SentenceDate(LocalDate date, int precision, boolean background, boolean span) {
    }

    private static SentenceDate sentenceDate(Sentence s, List<TimeExpression> times, List<EmbeddedPost> posts) {
        for (EmbeddedPost post : posts) {
            if (post.date() != null && s.start() >= post.start() && s.end() <= post.end()) {
                return new SentenceDate(post.date(), 1, false, false);
            }
        }
        boolean background = false;
        boolean span = false;
        for (TimeExpression t : times) {
            if (t.relation() == TimeExpression.Relation.FUTURE) {
                continue;
            }
            if (t.background()) {
                background = true;
                continue;
            }
            if (t.first() == null || t.last() == null) {
                if (t.relation() == TimeExpression.Relation.UNTIL) {
                    span = true;
                }
                continue;
            }
            if (t.relation() == TimeExpression.Relation.ON && t.precision() <= 2 && t.first().equals(t.last())) {
                return new SentenceDate(t.first(), t.precision(), false, false);
            }
            if (t.relation() == TimeExpression.Relation.ON && t.precision() <= 2) {
                return new SentenceDate(t.first(), 2, false, false);
            }
            span = true;
        }
        return new SentenceDate(null, 0, background, span);
    }

    /** The trigger phrases of a sentence told as having happened. */
    private List<CuePhrases.Match<Trigger>> triggers(Tokens tokens, Sentence s) {
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> m : lexicon.triggers.find(tokens, s.firstToken(), s.endToken())) {
            if (!governed(lexicon.irrealis, tokens, s, m) && !governed(lexicon.negation, tokens, s, m)) {
                out.add(m);
            }
        }
        return out;
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
                                                     Sentence s, TollReader.Toll toll) {
        boolean violent = false;
        boolean territory = false;
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            violent |= !sub.equals(Trigger.KILLING) && !sub.equals(Trigger.ANAPHOR) && !t.value().territorial();
            territory |= t.value().subEvent().equals(Trigger.TERRITORY);
        }
        List<CuePhrases.Match<Trigger>> out = new ArrayList<>(2);
        List<String> seen = new ArrayList<>(2);
        for (CuePhrases.Match<Trigger> t : triggers) {
            String sub = t.value().subEvent();
            if (sub.equals(Trigger.ANAPHOR) || (sub.equals(Trigger.KILLING) && (violent || territory))) {
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
        String sub = resolveStrike(t, tokens, s);
        return t.value().territorial() ? Trigger.TERRITORY : sub;
    }

    /** The sub-event type of a trigger, with a plain "strike" settled by the means the sentence names. */
    private String resolveStrike(CuePhrases.Match<Trigger> t, Tokens tokens, Sentence s) {
        String sub = t.value().subEvent();
        if (sub.equals(Trigger.STRIKE)) {
            CuePhrases.Match<String> means = lexicon.instruments.first(tokens, s.firstToken(), s.endToken());
            return means != null ? means.value() : "Air/drone strike";
        }
        if (sub.equals(Trigger.KILLING)) {
            return "Attack";
        }
        return sub;
    }

    /** Who acted: a "by" phrase after a noun or passive, else the subject before the trigger in its clause. */
    private Mention agent(List<Mention> ms, Tokens tokens, Sentence s, CuePhrases.Match<Trigger> t) {
        Mention by = byAgent(ms, tokens, t.end(), Math.min(s.endToken(), t.end() + 5));
        if (by != null) {
            return by;
        }
        int clause = clauseStart(tokens, s, t.first());
        Mention subject = null;
        for (Mention m : ms) {
            if (!isActor(m)) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (first >= t.first() && first < t.end()) {
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
        Mention nearest = null;
        for (Mention m : ms) {
            int end = tokens.indexAt(m.end() - 1) + 1;
            if (isActor(m) && end <= t.first() && !objectBefore(tokens, tokens.indexAt(m.start()), s.firstToken())) {
                nearest = m;
            }
        }
        return nearest;
    }

    private static Mention byAgent(List<Mention> ms, Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.is(i, "by")) {
                for (Mention m : ms) {
                    int first = tokens.indexAt(m.start());
                    if (isActor(m) && first > i && first <= i + 3) {
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
        if (d.actor2 == null && t.value().territorial() && agent != null && !isStateForce(agent) && country != null
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
    private static EventDraft codeTerritory(EventDraft d, Mention agent) {
        if (!d.subEvent.equals(Trigger.TERRITORY) && !d.subEvent.equals(Trigger.WITHDRAWAL)) {
            return d;
        }
        String sub;
        if (d.subEvent.equals(Trigger.WITHDRAWAL)) {
            sub = "Non-violent transfer of territory";
        } else if (agent != null && isStateForce(agent)) {
            sub = "Government regains territory";
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

    /** The places a territory trigger acts on: the named places after it, in its clause, towns before areas. */
    private static List<Place> placesAfter(List<Mention> ms, Tokens tokens, CuePhrases.Match<Trigger> t) {
        List<Place> towns = new ArrayList<>(3);
        List<Place> areas = new ArrayList<>(1);
        int limit = t.end() + 4; // the first place must follow closely ("captured the town of X")
        for (Mention m : ms) {
            if (m.type() != EntityType.LOCATION || m.place() == null) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            if (first < t.end()) {
                continue;
            }
            if (first > limit) {
                break;
            }
            if (isCountry(m.place())) {
                continue;
            }
            if (m.place().geoPrecision() <= 2) {
                if (towns.stream().noneMatch(p -> samePlace(p, m.place()))) {
                    towns.add(m.place());
                }
            } else {
                areas.add(m.place());
            }
            limit = tokens.indexAt(m.end() - 1) + 1 + 4; // lists run on: "A, B, C and D"
        }
        if (!towns.isEmpty()) {
            return towns;
        }
        return areas.isEmpty() ? List.of() : List.of(areas.get(0));
    }

    /** The most specific place of the sentence, after the trigger first. */
    private static Place bestPlace(List<Mention> ms, Tokens tokens, CuePhrases.Match<Trigger> t) {
        Place best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : ms) {
            if (m.type() != EntityType.LOCATION || m.place() == null || isCountry(m.place())) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            int score = m.place().geoPrecision() * 100 + (first >= t.end() ? 0 : 50) + Math.abs(first - t.end());
            if (score < bestScore) {
                bestScore = score;
                best = m.place();
            }
        }
        return best;
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

    /** A sentence that only refers back ("At least 12 other people were injured by the attack") adds to the event before it. */
    private void attachToPrevious(List<EventDraft> out, Sentence s, List<Sentence> sentences, String text, String doc,
                                  TollReader.Toll toll, SourceFrame frame, List<Mention> ms, Tokens tokens) {
        if (out.isEmpty()) {
            return;
        }
        EventDraft last = out.get(out.size() - 1);
        Sentence from = sentences.get(last.sentence);
        if (s.index() - last.sentence > 3 || s.paragraph() - from.paragraph() > 1) {
            return;
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
