package org.sitrep.extract.event;

import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;

import java.util.List;

/**
 * A sentence that refers back ("At least 12 other people were injured by the attack") adds to the event it refers
 * to: the last one at a place it names, else the last one. When it tells another day ("The strike follows one on
 * Saturday which killed several people") or another place ("The attacks against Idlib …"), it is a new event of
 * the same kind, returned as a draft for the sieves to fill.
 */
final class ReferringSentence {
    /** Tokens "between" may stand before the second place of a span ("between the city of X and Y"). */
    private static final int SPAN_REACH = 6;

    private final TriggerLexicon lexicon;
    private final EventResources res;

    ReferringSentence(EventResources res) {
        this.res = res;
        this.lexicon = res.lexicon();
    }

    EventDraft read(List<EventDraft> out, Sentence s, List<Sentence> sentences, String text, String doc,
                    TollReader.Toll toll, SourceFrame frame, List<Mention> ms, Tokens tokens, SentenceDate when,
                    int anaphor) {
        if (out.isEmpty()) {
            return null;
        }
        EventDraft last = out.get(out.size() - 1);
        for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentence <= 6; k--) {
            EventDraft d = out.get(k);
            if (ms.stream().anyMatch(m -> m.place() != null && Clauses.samePlace(m.place(), d.place))) {
                last = d;
                break;
            }
        }
        Sentence from = sentences.get(last.sentence);
        if (s.index() - last.sentence > 6 || s.paragraph() - from.paragraph() > 2) {
            return null;
        }
        if (when.date() != null && !when.said() && last.ownDate && !when.date().equals(last.date)
                && when.precision() == 1) { // "this week" is no other day than the one told
            return new EventDraft(last.subEvent, s.index());
        }
        EventDraft at = last;
        if (ms.stream().anyMatch(m -> m.place() != null && !Clauses.isCountry(m.place()) && at.place != null
                && !Clauses.samePlace(m.place(), at.place) && !m.place().name().equals(at.place.admin1())
                && placeOf(tokens, anaphor, m))) {
            EventDraft elsewhere = new EventDraft(last.subEvent, s.index());
            elsewhere.actor1 = last.actor1; // the same kind by the same hand, elsewhere, the same day
            if (when.date() == null) {
                elsewhere.date = last.date;
                elsewhere.precision = last.precision;
            }
            return elsewhere;
        }
        if (when.date() != null && !when.said() && !last.ownDate) {
            last.date = when.date(); // "the attack occurred overnight on Friday": the day it happened
            last.precision = when.precision();
            last.ownDate = true;
            last.rules.put("date", "date:referring-sentence");
        }
        if (last.fatalities == null && toll.killed() != null) {
            last.fatalities = toll.killed();
            last.rules.put("fatalities", "fatalities:referring-sentence");
        }
        if (last.injuries == null) {
            last.injuries = toll.injured();
        }
        if (last.actor1 == null && !uncertain(tokens, s)) {
            Mention by = AgentSieves.byAgent(lexicon, ms, tokens, s.firstToken(), s.endToken());
            if (by != null) {
                last.actor1 = res.actorName(by, true);
                last.rules.put("actor1", "actor1:referring-sentence");
            }
        }
        last.addEvidence(Evidence.of(doc, text, s.start(), s.end(), frame.source(), frame.hedge()));
        if (frame.source() != null) {
            last.attributedTo.add(frame.source());
        }
        return null;
    }

    /**
     * True unless the place is one end of a span ("… blamed the attacks on the vacuum between X and Y"): such a
     * place names no incident of its own.
     */
    private static boolean placeOf(Tokens tokens, int anaphorEnd, Mention m) {
        int first = tokens.indexAt(m.start());
        for (int i = first - 1; i >= Math.max(anaphorEnd, first - SPAN_REACH); i--) {
            if (tokens.is(i, "between")) {
                return false;
            }
        }
        return true;
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
