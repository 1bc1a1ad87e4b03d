package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Report;
import org.sitrep.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * What the sieves read for one trigger: the report, its sentence with its mentions, day, toll and source, the
 * events told before it, and the event a referring sentence points back at. The agent mention is decided once,
 * on first use, by {@link EventSieves#AGENT}.
 */
final class TriggerContext {
    final EventResources res;
    final Report report;
    final String text;
    final Tokens tokens;
    final List<Sentence> sentences;
    final Sentence s;
    final List<Mention> ms;
    final CuePhrases.Match<Trigger> t;
    final SentenceDate when;
    final LocalDate paragraphDate;
    final int paragraphPrecision;
    final TollReader.Toll toll;
    final SourceFrame frame;
    /** The time expressions of the sentence. */
    final List<TimeExpression> times;
    /** The drafts told before this trigger, in order. */
    final List<EventDraft> told;
    /** The event a referring sentence ("The attacks against X …") tells again elsewhere, or null. */
    final EventDraft referred;
    /** What the report tells as a whole. */
    private final ReportContext whole;
    /** The draft being filled, for the sieves that read what is decided already (its place, actor1). */
    EventDraft draft;
    private SieveChain.Decision<Mention> agent;
    private int clauseStart = -1;
    private boolean agentDecided;

    TriggerContext(EventResources res, Report report, Sentence s, List<Mention> ms, CuePhrases.Match<Trigger> t,
                   SentenceDate when, List<TimeExpression> times, LocalDate paragraphDate, int paragraphPrecision,
                   TollReader.Toll toll, SourceFrame frame, List<EventDraft> told, EventDraft referred,
                   ReportContext whole) {
        this.res = res;
        this.report = report;
        this.text = report.body().text();
        this.tokens = report.reading().tokens();
        this.sentences = report.reading().sentences();
        this.s = s;
        this.ms = ms;
        this.t = t;
        this.when = when;
        this.times = times;
        this.paragraphDate = paragraphDate;
        this.paragraphPrecision = paragraphPrecision;
        this.toll = toll;
        this.frame = frame;
        this.told = told;
        this.referred = referred;
        this.whole = whole;
    }

    /** What the report tells as a whole: its lede, its lede's day, its town, its sentences' days. */
    ReportContext whole() {
        return whole;
    }

    /** The same context for another reading of the trigger (a capture verb read as an assault). */
    TriggerContext withTrigger(Trigger reading) {
        return new TriggerContext(res, report, s, ms, new CuePhrases.Match<>(t.first(), t.end(), reading, t.phrase()),
                when, times, paragraphDate, paragraphPrecision, toll, frame, told, referred, whole);
    }

    TriggerLexicon lexicon() {
        return res.lexicon();
    }

    Trigger trigger() {
        return t.value();
    }

    /** The mention that acts in the trigger's clause, with the rule that found it, or null. */
    SieveChain.Decision<Mention> agent() {
        if (!agentDecided) {
            agent = EventSieves.AGENT.decide(this);
            agentDecided = true;
        }
        return agent;
    }

    Mention agentMention() {
        SieveChain.Decision<Mention> a = agent();
        return a == null ? null : a.value();
    }

    /** The last draft told, when it is within {@code sentences} sentences and one paragraph of this one. */
    EventDraft lastNear(int maxSentences) {
        if (told.isEmpty()) {
            return null;
        }
        EventDraft last = told.get(told.size() - 1);
        return s.index() - last.sentence <= maxSentences
                && s.paragraph() - sentences.get(last.sentence).paragraph() <= 1 ? last : null;
    }

    /** True when the trigger is a participle told in the passive ("were killed", "was reportedly attacked"). */
    boolean passive() {
        if (trigger().noun()) {
            return false;
        }
        String w = tokens.text(t.first());
        if (w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        for (int i = t.first() - 1; i >= Math.max(s.firstToken(), t.first() - 3); i--) {
            if (lexicon().passiveAuxiliaries.at(tokens, i, i + 1) != null) {
                return true;
            }
            if (lexicon().passiveAdverbs.at(tokens, i, i + 1) == null) {
                return false;
            }
        }
        return false;
    }

    /** The first token of the trigger's clause: after a comma or the like, or after a subordinator ("after", "when"). */
    /**
     * True when a mention before the trigger is told as having suffered, not acted: the subject of a trigger like
     * "dead" ("71 soldiers dead"), or of a passive verb between it and the trigger ("soldiers were injured in
     * the attack").
     */
    boolean patient(Mention m) {
        if (lexicon().patientTriggers.at(tokens, t.first(), t.end()) != null) {
            return true;
        }
        int end = Clauses.end(tokens, m);
        for (int i = end; i + 1 < t.first(); i++) {
            if (lexicon().passiveAuxiliaries.at(tokens, i, i + 1) != null) {
                int k = i + 1;
                while (k < t.first() && lexicon().passiveAdverbs.at(tokens, k, k + 1) != null) {
                    k++;
                }
                String w = tokens.text(k);
                if (k < t.first() && (w.endsWith("ed") || w.endsWith("en") || w.equals("hurt") || w.equals("hit"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the sentence sums up several incidents ("twin attacks", "two separate operations"). */
    boolean summarisesSeveral() {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            CuePhrases.Match<String> n = lexicon().severalCounts.at(tokens, i, s.endToken());
            if (n != null) {
                int k = n.end();
                if (k < s.endToken() && lexicon().severalCounts.at(tokens, k, s.endToken()) != null) {
                    k = lexicon().severalCounts.at(tokens, k, s.endToken()).end(); // "two separate attacks"
                }
                for (int skip = 0; skip < 2 && k < s.endToken() - 1 && tokens.capitalized(k); skip++) {
                    k++; // "two Somali military bases": a demonym or name before the noun
                }
                if (k < s.endToken() && lexicon().severalIncidents.at(tokens, k, s.endToken()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    int clauseStart() {
        if (clauseStart < 0) {
            clauseStart = findClauseStart();
        }
        return clauseStart;
    }

    private int findClauseStart() {
        int start = Clauses.clauseStart(tokens, s, t.first());
        for (int i = t.first() - 1; i > start; i--) {
            if (lexicon().subordinators.at(tokens, i, i + 1) != null) {
                return i + 1;
            }
        }
        return start;
    }
}
