package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.names.ActorDictionary;
import org.sitrep.names.CompoundModifier;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the events of one report, sentence by sentence: finds the triggers told as having happened
 * ({@link TriggerFinder}), and fills each one's slots with the ordered sieves of {@link EventSieves}: place, actor1,
 * date, actor2; the toll comes from the casualty reader, or from a later sentence ({@link TollToEventBefore}); a
 * sentence that refers back adds to the event it names ({@link ReferringSentence}). Each draft records the rule
 * that decided each slot. The drafts then go to {@link DraftMerger}.
 */
public final class EventExtractor {
    private static final Set<String> CONTINUATIONS = Set.of("elsewhere", "meanwhile", "also", "separately",
            "nearby", "later", "earlier", "then", "there");

    /**
     * A developer's trace on standard error of what each sentence told and why a trigger gave no event
     * ({@code -Dsitrep.trace.events=true}); off in every normal run.
     */
    private static final boolean TRACE = Boolean.getBoolean("sitrep.trace.events");
    /**
     * Most drafts read from one report. A long roundup tells a few hundred events; past this a text is a list or
     * one account repeated, and merging drafts costs the square of their number, so the rest is not read.
     */
    static final int MAX_DRAFTS = 1_000;
    private final EventResources res;
    private final TriggerFinder finder;
    private final SentenceDater dater;
    private final ReferringSentence referring;
    private final ReferencePlaces references;

    public EventExtractor(TriggerLexicon lexicon, ActorDictionary actors, TollReader tolls, CuePhrases<String> speech,
                          Gazetteer gazetteer) {
        this.dater = new SentenceDater(speech);
        this.references = new ReferencePlaces(lexicon, speech);
        this.res = new EventResources(lexicon, actors, tolls, speech, new CapitalCities(gazetteer),
                new ForeignHomonyms(gazetteer), dater, references);
        this.finder = new TriggerFinder(lexicon);
        this.referring = new ReferringSentence(res);
    }

    /** The event drafts of a report, in order of position, not yet merged. */
    List<EventDraft> drafts(Report report, SentenceMentions mentions) {
        String text = report.body().text();
        Tokens tokens = report.reading().tokens();
        List<Sentence> sentences = report.reading().sentences();
        List<EventDraft> out = new ArrayList<>();
        LocalDate paragraphDate = null;
        int paragraphPrecision = 1;
        boolean paragraphHistory = false;
        int paragraph = -1;
        SentenceDate[] whens = new SentenceDate[sentences.size()];
        for (Sentence s : sentences) { // every sentence's day first: the sieves ask which sentences tell history
            whens[s.index()] = dater.date(tokens, s, ofTheSentence(text, tokens, s, mentions.times(s.index())),
                    report.body().embeddedPosts());
        }
        ReportContext whole = new ReportContext(res, report, mentions, whens);
        for (Sentence s : sentences) {
            Budget.check();
            if (out.size() >= MAX_DRAFTS) {
                report.warn("more than " + MAX_DRAFTS + " events told; the rest of the report not read for events");
                break;
            }
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
            List<Mention> ms = withoutModifiers(text, references.without(text, tokens, mentions.mentions(s.index())));
            SentenceDate when = whens[s.index()];
            if (when.date() != null) {
                paragraphDate = when.date();
                paragraphPrecision = when.precision();
                paragraphHistory = false;
            } else if (when.background()) {
                paragraphHistory = true;
            }
            if (when.background() || when.span() || (when.date() == null && paragraphHistory)) {
                trace("history or span", text, s);
                continue;
            }
            List<CuePhrases.Match<Trigger>> triggers = finder.told(tokens, s);
            trace("triggers " + triggers.stream().map(t -> t.value().subEvent()).toList(), text, s);
            TollReader.Toll toll = res.tolls().read(text, tokens, s);
            SourceFrame frame = report.attributions().of(s.index());
            if (triggers.isEmpty()) {
                TollToEventBefore.give(out, s, sentences, text, report.id(), toll, frame, ms, when, true);
                continue;
            }
            EventDraft referred = null;
            String triggerRule = null;
            if (referringOnly(triggers)) {
                int anaphorEnd = triggers.stream().filter(t -> t.value().subEvent().equals(Trigger.ANAPHOR))
                        .findFirst().orElseThrow().end();
                referred = referring.read(out, s, sentences, text, report.id(), toll, frame, ms, tokens, when,
                        anaphorEnd);
                if (referred == null) {
                    continue;
                }
                triggerRule = "trigger:referring-sentence";
                triggers = List.of(new CuePhrases.Match<>(triggers.get(0).first(), triggers.get(0).end(),
                        new Trigger(referred.subEvent, true, false, false), referred.subEvent));
            }
            int made = out.size();
            for (CuePhrases.Match<Trigger> t : finder.concrete(triggers, tokens, s)) {
                TriggerContext c = new TriggerContext(res, report, s, ms, t, when, mentions.times(s.index()),
                        paragraphDate, paragraphPrecision, toll, frame, out, referred, whole);
                extract(c, triggerRule != null ? triggerRule : "trigger:" + t.value().subEvent());
            }
            if (out.size() == made) {
                boolean plain = triggers.stream().allMatch(t -> t.value().subEvent().equals(Trigger.KILLING)
                        || t.value().subEvent().equals(Trigger.ANAPHOR));
                TollToEventBefore.give(out, s, sentences, text, report.id(), toll, frame, ms, when, plain);
            }
        }
        return out;
    }

    /** One trigger's events: one per place its place sieve gives, each slot filled by its chain of sieves. */
    private void extract(TriggerContext told, String triggerRule) {
        SieveChain.Decision<String> sub = EventSieves.SUB_EVENT.decide(told);
        boolean reread = told.trigger().territorial() && !sub.value().endsWith("territory") // a raid, not a capture
                || SubEventSieves.crowd(sub.value()) && !sub.value().equals(told.trigger().subEvent()); // rioters
        TriggerContext c = reread ? told.withTrigger(new Trigger(sub.value(), told.trigger().noun(), false, false))
                : told;
        SieveChain.Decision<List<Place>> places = EventSieves.PLACE.decide(c);
        if (places == null) {
            trace("no place for " + told.trigger().subEvent(), told.text, told.s);
            return; // a statement without a place is not an event
        }
        if (places.value().size() >= 3 && !c.trigger().territorial() && c.when.date() == null) {
            return; // "have carried out raids on A, B and C", no day told: a campaign, not an incident
        }
        if (places.value().stream().allMatch(p -> p.geoPrecision() >= 3) && c.summarisesSeveral()) {
            return; // "twin attacks on bases in X region": a summary of incidents the report tells one by one
        }
        SieveChain.Decision<Agent> actor = EventSieves.ACTOR1.decide(c);
        SieveChain.Decision<Dated> date = EventSieves.DATE.decide(c);
        for (Place place : places.value()) {
            EventDraft d = new EventDraft(sub.value(), c.s.index());
            c.draft = d;
            d.rules.put("trigger", triggerRule);
            d.rules.put("sub_event_type", sub.rule());
            d.place = c.res.homonyms().localize(place, c.report.names());
            d.rules.put("place", places.rule());
            if (date != null) {
                d.date = date.value().date();
                d.precision = date.value().precision();
                d.ownDate = date.value().own();
                d.rules.put("date", date.rule());
            } else {
                d.precision = 2;
            }
            if (actor != null) {
                d.actor1 = actor.value().kind() == null ? actor.value().name()
                        : unnamedOf(c, actor.value().kind(), d.place, actor.value().name());
                d.rules.put("actor1", actor.value().rule() != null ? actor.value().rule() : actor.rule());
            }
            SieveChain.Decision<String> target = EventSieves.ACTOR2.decide(c);
            if (target != null && !target.value().isEmpty()) { // empty: decided that there is no other side
                d.actor2 = target.value();
                d.rules.put("actor2", target.rule());
            }
            d.civilians = d.actor2 != null && d.actor2.startsWith("Civilians") && TargetSieves.civilianWords(c)
                    && !c.toll.fighterVictims() && (!d.territorial() || TargetSieves.target(c) == null);
            d.fatalities = c.toll.killed();
            if (d.fatalities != null) {
                d.rules.put("fatalities", "fatalities:sentence");
            }
            d.injuries = c.toll.injured();
            d.vagueToll = c.toll.vague();
            boolean own = actor != null && actor.value().own();
            d.hedge = own ? c.frame.hedge() : hedge(c.frame, d.actor1); // its own troops: its claim
            if (c.frame.source() != null) {
                d.attributedTo.add(c.frame.source());
            }
            d.evidence.add(Evidence.of(c.report.id(), c.text, c.s.start(), c.s.end(), c.frame.source(), d.hedge));
            c.told.add(TerritoryCoding.code(d, actor == null ? null : actor.value().state()));
        }
    }

    private static void trace(String what, String text, Sentence s) {
        if (TRACE) {
            System.err.println("events: " + what + " | " + text.substring(s.start(), Math.min(s.end(), s.start() + 160)));
        }
    }

    /** ACLED's unnamed actor of the country where the event happened ("Unidentified Armed Group (Nigeria)"). */
    private String unnamedOf(TriggerContext c, String kind, Place place, String fallback) {
        var a = res.actors().stateActor(ActorSieves.Unnamed.country(c, place), kind);
        return a == null ? fallback : a.name();
    }

    /** The mentions but the names that only describe the next one ("the Al Qaeda-linked JNIM group"). */
    private static List<Mention> withoutModifiers(String text, List<Mention> ms) {
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean modifier = Clauses.isActor(m) && CompoundModifier.follows(text, m.end());
            if (modifier && out == null) {
                out = new ArrayList<>(ms.subList(0, k));
            } else if (!modifier && out != null) {
                out.add(m);
            }
        }
        return out == null ? ms : out;
    }

    /**
     * The time expressions that date the sentence: not its dateline's, and not a day that names another incident
     * ("in retaliation for the April 22 attack", "the 2014 kidnapping").
     */
    private static List<TimeExpression> ofTheSentence(String text, Tokens tokens, Sentence s,
                                                      List<TimeExpression> times) {
        List<TimeExpression> own = withoutDateline(text, tokens, s, times);
        if (own.isEmpty()) {
            return own;
        }
        List<TimeExpression> out = new ArrayList<>(own.size());
        for (TimeExpression t : own) {
            int first = tokens.indexAt(t.start());
            int after = tokens.indexAt(Math.max(t.start(), t.end() - 1)) + 1;
            boolean named = first > s.firstToken() && tokens.is(first - 1, "the") && after < s.endToken()
                    && tokens.word(after) && !NOT_NOUN_AFTER_DAY.contains(tokens.lower(after));
            if (!named) {
                out.add(t);
            }
        }
        return out;
    }

    /** Words after "the April 22" that do not make the day the name of an incident ("the April 22 at night"). */
    private static final Set<String> NOT_NOUN_AFTER_DAY = Set.of("at", "in", "on", "and", "or", "when", "to", "of",
            "as", "by", "for", "with", "after", "before", "until", "till");

    /** The time expressions of a sentence but those of its dateline ("SANAA, April 18 (Xinhua) --"): filing days. */
    private static List<TimeExpression> withoutDateline(String text, Tokens tokens, Sentence s,
                                                        List<TimeExpression> times) {
        int end = times.isEmpty() ? -1 : ReferencePlaces.datelineEnd(text, tokens, s);
        if (end < 0) {
            return times;
        }
        int limit = tokens.start(end);
        return times.stream().filter(t -> t.start() >= limit).toList();
    }

    private static boolean referringOnly(List<CuePhrases.Match<Trigger>> triggers) {
        return triggers.stream().anyMatch(t -> t.value().subEvent().equals(Trigger.ANAPHOR))
                && triggers.stream().allMatch(t -> t.value().subEvent().equals(Trigger.ANAPHOR)
                || t.value().subEvent().equals(Trigger.KILLING));
    }

    /** True for a paragraph that opens by carrying on the one before ("Elsewhere in Idlib, …", "Meanwhile, …"). */
    private static boolean continuesStory(Tokens tokens, Sentence s) {
        return CONTINUATIONS.contains(tokens.lower(s.firstToken()));
    }

    /** True for the headline line of a scrape, which repeats the story in shorthand. */
    static boolean isTitle(String title, String text, Sentence s) {
        return title != null && s.start() < 400
                && text.regionMatches(s.start(), title, 0, Math.min(title.length(), s.end() - s.start()))
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

    private static Hedge hedge(SourceFrame frame, String actor1) {
        if (frame.hedge() == Hedge.CLAIMED && frame.source() != null && !frame.source().equals(actor1)
                && !"claim".equals(frame.cue())) {
            return Hedge.REPORTED; // a party telling of its enemy's gains is not claiming them
        }
        return frame.hedge();
    }
}
