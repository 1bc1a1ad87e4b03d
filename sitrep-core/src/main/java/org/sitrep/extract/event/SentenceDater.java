package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * The day a sentence gives its events: its own day before a day it was said on, a span or tally over days (no
 * incident), history, or the day of the social-media post it sits in.
 */
final class SentenceDater {
    private final CuePhrases<String> speech;

    SentenceDater(CuePhrases<String> speech) {
        this.speech = speech;
    }

    SentenceDate date(Tokens tokens, Sentence s, List<TimeExpression> times, List<EmbeddedPost> posts) {
        SentenceDate posted = null;
        for (EmbeddedPost post : posts) {
            if (post.date() != null && s.start() >= post.start() && s.end() <= post.end()) {
                posted = new SentenceDate(post.date(), 1, false, false); // the day it was posted, if it tells none
            }
        }
        if (posted != null && times.stream().noneMatch(t -> t.first() != null
                && t.relation() == TimeExpression.Relation.ON && !t.background())) {
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
            if (overnight(tokens, s, t)) { // "on the night of December 20-21": one incident, begun on the first day
                own = own == null ? new SentenceDate(t.first(), 1, false, false) : own;
                continue;
            }
            if (t.relation() != TimeExpression.Relation.ON || t.precision() > 2) {
                span = true;
                tally |= t.relation() != TimeExpression.Relation.ON; // "between May 1 and May 11", "since Sunday"
                continue;
            }
            SentenceDate d = new SentenceDate(t.first(), t.first().equals(t.last()) ? t.precision() : 2, false, false);
            if (afterSpeechVerb(tokens, s, t)) {
                said = said == null ? d : said; // "said on Monday" dates the statement; the event only if nothing else
                continue;
            }
            own = own == null ? d : own;
        }
        if (tally) {
            return SentenceDate.SPAN; // a tally over days, not one incident
        }
        if (own != null) {
            return own;
        }
        if (span) {
            return SentenceDate.SPAN;
        }
        if (said != null) {
            return new SentenceDate(said.date(), said.precision(), false, false, true);
        }
        return new SentenceDate(null, 0, background, false);
    }

    /** Two days in a row told as one night ("the night of December 20-21"). */
    private static boolean overnight(Tokens tokens, Sentence s, TimeExpression t) {
        if (!t.last().equals(t.first().plusDays(1))) {
            return false;
        }
        int i = tokens.indexAt(t.start()) - 1;
        return i - 1 >= s.firstToken() && tokens.is(i, "of") && (tokens.is(i - 1, "night") || tokens.is(i - 1, "nights"));
    }

    /** "said on Monday", "told reporters on Monday", "on Sunday reported": the day it was said. */
    /**
     * The day a subordinate clause tells of its own ("a day after a priest was killed in X on Friday"), among the
     * time expressions within tokens {@code [from, to)}, or null.
     */
    LocalDate clauseDate(Tokens tokens, Sentence s, List<TimeExpression> times, int from, int to) {
        for (TimeExpression t : times) {
            int at = tokens.indexAt(t.start());
            if (at >= from && at < to && t.relation() == TimeExpression.Relation.ON && !t.background()
                    && t.first() != null && t.first().equals(t.last()) && t.precision() == 1
                    && !afterSpeechVerb(tokens, s, t)) {
                return t.first();
            }
        }
        return null;
    }

    private boolean afterSpeechVerb(Tokens tokens, Sentence s, TimeExpression t) {
        int after = tokens.indexAt(t.end() - 1) + 1;
        if (after < s.endToken() && speech.at(tokens, after, Math.min(s.endToken(), after + 3)) != null) {
            return true;
        }
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
}
