package org.sitrep.extract.attribution;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.EntityType;
import org.sitrep.model.Hedge;
import org.sitrep.model.Mention;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceFrame;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, for each sentence, who it says its facts come from and how it hedges them: "according to X", "X
 * said", "said X", "Russian state media reported", "reportedly", "denied". A short sentence that only hedges
 * ("CNN cannot independently verify the figures") passes its hedge back to the sentences it refers to.
 */
public final class SourceFinder {
    /** How many tokens may lie between a speaker and its verb ("the White Helmets volunteer rescue group reported"). */
    private static final int SUBJECT_GAP = 4;
    /** How many sentences back a stand-alone hedge reaches. */
    private static final int HEDGE_REACH = 4;
    private static final Set<String> NOUN_BEFORE = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "such", "new", "earlier", "unconfirmed", "media", "initial", "latest");

    private final AttributionLexicon lexicon;

    public SourceFinder(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One frame per sentence of the reading. */
    public List<SourceFrame> frames(String text, Reading reading, SentenceMentions mentions, List<String> focus) {
        List<Sentence> sentences = reading.sentences();
        List<SourceFrame> frames = new ArrayList<>(sentences.size());
        Tokens tokens = reading.tokens();
        for (Sentence s : sentences) {
            Budget.check();
            frames.add(frame(text, tokens, s, mentions.mentions(s.index()), focus));
        }
        for (Sentence s : sentences) {
            if (standAloneHedge(tokens, s, mentions.mentions(s.index()))) {
                Hedge hedge = frames.get(s.index()).hedge();
                for (int k = s.index() - 1; k >= Math.max(0, s.index() - HEDGE_REACH); k--) {
                    if (s.paragraph() - sentences.get(k).paragraph() > 1) {
                        break;
                    }
                    SourceFrame f = frames.get(k);
                    if (f.hedge() != Hedge.DENIED) {
                        frames.set(k, new SourceFrame(f.source(), hedge, frames.get(s.index()).cue(), f.party()));
                    }
                }
            }
        }
        return frames;
    }

    SourceFrame frame(String text, Tokens tokens, Sentence s, List<Mention> mentions, List<String> focus) {
        int a = s.firstToken();
        int b = s.endToken();
        Mention source = null;
        String sourceText = null;
        String cue = null;
        boolean claimVerb = false;
        CuePhrases.Match<String> according = lexicon.according.first(tokens, a, b);
        if (according != null && !(according.phrase().equals("per") && !nextIsName(tokens, according.end(), b))) {
            source = mentionAfter(tokens, mentions, according.end(), 3);
            if (source == null) {
                sourceText = wordsAfter(text, tokens, according.end(), b);
            }
            cue = according.phrase();
        }
        if (source == null && sourceText == null) {
            for (CuePhrases.Match<String> verb : lexicon.speech.find(tokens, a, b)) {
                if (verb.first() > a && NOUN_BEFORE.contains(lower(tokens, verb.first() - 1))) {
                    continue; // "in a report", "the claims"
                }
                Mention subject = mentionBefore(tokens, mentions, verb.first(), a);
                if (subject == null && !verb.phrase().startsWith("told") && !verb.phrase().startsWith("tell")) {
                    subject = mentionAfter(tokens, mentions, verb.end(), 1);
                    if (subject != null && subject.type() != EntityType.PERSON) {
                        subject = null; // "said Peskov", but not "reported Tuesday" or "said Syria"
                    }
                }
                String media = subject == null ? mediaBefore(text, tokens, verb.first(), a) : null;
                if (subject != null || media != null) {
                    source = subject;
                    sourceText = media;
                    cue = verb.phrase();
                    claimVerb = "claim".equals(verb.value());
                    break;
                }
            }
        }
        Hedge hedge;
        CuePhrases.Match<String> denied = lexicon.denied.first(tokens, a, b);
        CuePhrases.Match<String> unverified = lexicon.unverified.first(tokens, a, b);
        if (denied != null) {
            hedge = Hedge.DENIED;
            cue = denied.phrase();
        } else if (unverified != null) {
            hedge = Hedge.UNVERIFIED;
            cue = unverified.phrase();
        } else if (source != null || sourceText != null) {
            hedge = claimVerb || party(source, focus) ? Hedge.CLAIMED : Hedge.REPORTED;
        } else {
            return SourceFrame.ASSERTED;
        }
        String name = source != null ? source.name() : sourceText;
        return new SourceFrame(name, hedge, cue, party(source, focus));
    }

    /** True for an armed party to the fighting: a state force, an armed group, or the focus country's government. */
    static boolean party(Mention m, List<String> focus) {
        if (m == null || m.type() == null) {
            return false;
        }
        return switch (m.type()) {
            case STATE_FORCE, ARMED_GROUP -> true;
            case GOVERNMENT -> m.key() != null && m.key().startsWith("state:") && !focus.isEmpty()
                    && m.key().startsWith("state:" + focus.get(0) + ":");
            default -> false;
        };
    }

    /** A sentence that does nothing but hedge facts told before it. */
    private boolean standAloneHedge(Tokens tokens, Sentence s, List<Mention> mentions) {
        if (s.tokenCount() > 16) {
            return false;
        }
        int a = s.firstToken();
        int b = s.endToken();
        if (lexicon.unverified.first(tokens, a, b) == null) {
            return false;
        }
        if (lexicon.scope.first(tokens, a, b) == null) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) {
                return false; // it tells a fact of its own
            }
        }
        return true;
    }

    /** The nearest speaker-like mention ending just before token {@code verb}, with no clause break between. */
    private static Mention mentionBefore(Tokens tokens, List<Mention> mentions, int verb, int sentenceStart) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) {
                continue;
            }
            int end = tokens.indexAt(m.end() - 1) + 1; // token after the mention
            if (end > verb || end < verb - SUBJECT_GAP) {
                continue;
            }
            if (!breakBetween(tokens, end, verb)) {
                best = m; // later mentions are nearer
            }
        }
        return best;
    }

    /** The first speaker-like mention starting within {@code reach} tokens after token {@code from}. */
    private static Mention mentionAfter(Tokens tokens, List<Mention> mentions, int from, int reach) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) {
                continue;
            }
            int first = tokens.indexAt(m.start());
            if (first >= from && first <= from + reach && !breakBetween(tokens, from, first)) {
                return m;
            }
        }
        return null;
    }

    private String mediaBefore(String text, Tokens tokens, int verb, int sentenceStart) {
        for (int i = Math.max(sentenceStart, verb - 4); i < verb; i++) {
            CuePhrases.Match<String> m = lexicon.mediaSubject.at(tokens, i, verb);
            if (m != null && m.end() == verb) {
                int first = m.first();
                if (first > sentenceStart && tokens.capitalized(first - 1) && first - 1 > sentenceStart) {
                    first--; // "Russian state media"
                }
                return text.substring(tokens.start(first), tokens.end(m.end() - 1));
            }
        }
        return null;
    }

    private static boolean nextIsName(Tokens tokens, int i, int end) {
        return i < end && tokens.capitalized(i);
    }

    /** The words after "according to" up to the next comma or the sentence end, when no name is there. */
    private static String wordsAfter(String text, Tokens tokens, int from, int end) {
        int stop = from;
        while (stop < end && stop - from < 8 && tokens.word(stop)) {
            stop++;
        }
        if (stop == from) {
            return null;
        }
        int first = from;
        String w = lower(tokens, first);
        if ((w.equals("the") || w.equals("a") || w.equals("an")) && first + 1 < stop) {
            first++;
        }
        return text.substring(tokens.start(first), tokens.end(stop - 1));
    }

    private static boolean breakBetween(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.word(i)) {
                char c = tokens.first(i);
                if (c != '\'' && c != '’' && c != '-' && c != ')') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lower(Tokens tokens, int i) {
        return tokens.text(i).toLowerCase(Locale.ROOT);
    }
}
