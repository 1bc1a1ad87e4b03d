package org.sitrep.extract.quote;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every run of quoted words in a report's body its speaker: the cue of its own sentence, else (for a
 * quotation that opens its sentence) the quotation or the speaker of the sentence just before, with
 * pronouns resolved to the last person or institution heard or named. Scare quotes (a phrase inside a
 * sentence no speech cue ties to a speaker, or a single word) and indefinite speakers give nothing.
 */
final class QuoteReader {
    /** How many sentences back a pronoun or a stand-alone quotation looks for its speaker. */
    private static final int PRONOUN_REACH = 3;
    /** The fewest words a quoted phrase inside a sentence needs to be a quotation rather than a term. */
    private static final int MIN_PHRASE_WORDS = 2;

    private final SpeakerFinder finder;

    QuoteReader(SpeakerFinder finder) {
        this.finder = finder;
    }

    /** The drafts of one report, in order of position. */
    List<QuoteDraft> read(String text, Reading reading, SentenceMentions mentions, List<EmbeddedPost> posts) {
        List<QuoteSpan> spans = QuoteSpans.find(text);
        List<QuoteDraft> drafts = new ArrayList<>();
        Heard lastPerson = null;
        Heard lastGroup = null;
        for (QuoteSpan span : spans) {
            Sentence first = reading.sentenceAt(span.start());
            Sentence last = reading.sentenceAt(span.end() - 1);
            if (first == null || last == null || first.headline() || inPost(posts, span.start())) {
                continue;
            }
            boolean leading = span.continues() || !hasWord(text, first.start(), span.open());
            if (!leading && words(text, span) < MIN_PHRASE_WORDS) {
                continue;
            }
            SpeakerFinder.Clause clause = clause(text, reading, mentions, posts, spans, first.index(), last.index());
            Tokens tokens = reading.tokens();
            Speaker found = finder.find(clause, tokens.indexAt(span.open()), tokens.indexAt(span.close() - 1) + 1);
            QuoteDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            QuoteDraft draft = null;
            if (found != null && found.isNamed()) {
                draft = draft(span, found, dated(reading, mentions, spans, found), first, last, leading, false);
            } else if (found != null && found.isPronoun()) {
                Heard heard = found.kind() == Speaker.Kind.PERSON_PRONOUN
                        ? person(lastPerson, reading, mentions, first, span.open())
                        : near(lastGroup, first) ? lastGroup : null;
                if (heard != null) {
                    Speaker s = heard.speaker().at(found.cue());
                    draft = draft(span, s, dated(reading, mentions, spans, found), first, last, leading, false);
                }
            } else if (found == null && leading) {
                draft = inherit(text, span, previous, reading, mentions, posts, spans, first, last);
            }
            if (draft == null) {
                continue;
            }
            drafts.add(draft);
            Heard heard = new Heard(Speaker.named(draft.speaker(), draft.role(), draft.type(), 0), last.index());
            if (draft.type() == EntityType.PERSON) {
                lastPerson = heard;
            } else {
                lastGroup = heard;
            }
        }
        return drafts;
    }

    /** A speaker heard or named, with the sentence where. */
    private record Heard(Speaker speaker, int sentence) {
    }

    private static boolean near(Heard heard, Sentence s) {
        return heard != null && s.index() - heard.sentence() <= PRONOUN_REACH;
    }

    /** "he said": the person who last spoke, if recent, else the last person named before the quotation. */
    private static Heard person(Heard lastPerson, Reading reading, SentenceMentions mentions, Sentence s, int before) {
        if (near(lastPerson, s)) {
            return lastPerson;
        }
        for (int k = s.index(); k >= 0 && s.index() - k <= PRONOUN_REACH; k--) {
            if (reading.sentences().get(k).headline()) {
                break;
            }
            List<Mention> list = mentions.mentions(k);
            for (int j = list.size() - 1; j >= 0; j--) {
                Mention m = list.get(j);
                if (m.type() == EntityType.PERSON && !m.generic() && m.end() <= before) {
                    return new Heard(Speaker.named(m.name(), m.role(), EntityType.PERSON, 0), k);
                }
            }
        }
        return null;
    }

    /**
     * A quotation with no cue of its own: it carries on the quotation just before, or stands after a sentence
     * whose speaker introduces it ("X said:") or that names the person.
     */
    private QuoteDraft inherit(String text, QuoteSpan span, QuoteDraft previous, Reading reading,
                               SentenceMentions mentions, List<EmbeddedPost> posts, List<QuoteSpan> spans,
                               Sentence first, Sentence last) {
        if (previous != null && previous.lastSentence() >= first.index() - 1) {
            return new QuoteDraft(span, previous.speaker(), previous.role(), previous.type(), previous.date(),
                    first.index(), last.index(), true, true);
        }
        if (first.index() == 0) {
            return null;
        }
        Sentence before = reading.sentences().get(first.index() - 1);
        if (before.headline() || first.paragraph() - before.paragraph() > 1) {
            return null;
        }
        SpeakerFinder.Clause clause = clause(text, reading, mentions, posts, spans, before.index(), before.index());
        Speaker s = finder.find(clause, before.endToken(), before.endToken());
        if (s != null && s.isNamed()) {
            return draft(span, s, dated(reading, mentions, spans, s), first, last, true, true);
        }
        if (s == null && standsAlone(text, span, first, last)) {
            List<Mention> list = mentions.mentions(before.index());
            for (int j = list.size() - 1; j >= 0; j--) {
                Mention m = list.get(j);
                if (m.type() == EntityType.PERSON && !m.generic()) {
                    Speaker named = Speaker.named(m.name(), m.role(), EntityType.PERSON, 0);
                    return draft(span, named, null, first, last, true, true);
                }
            }
        }
        return null;
    }

    private static QuoteDraft draft(QuoteSpan span, Speaker s, LocalDate date, Sentence first, Sentence last,
                                    boolean leading, boolean inherited) {
        return new QuoteDraft(span, s.name(), s.role(), s.type(), date, first.index(), last.index(), leading,
                inherited);
    }

    private static LocalDate dated(Reading reading, SentenceMentions mentions, List<QuoteSpan> spans, Speaker s) {
        int offset = reading.tokens().start(s.cue());
        Sentence cueSentence = reading.sentenceAt(offset);
        if (cueSentence == null) {
            return null;
        }
        return SpeechDate.near(mentions.times(cueSentence.index()), spans, offset);
    }

    /** The tokens of sentences {@code [first, last]}, with those inside quotation marks flagged. */
    private static SpeakerFinder.Clause clause(String text, Reading reading, SentenceMentions mentions,
                                               List<EmbeddedPost> posts, List<QuoteSpan> spans, int first, int last) {
        List<Sentence> sentences = reading.sentences();
        int from = sentences.get(first).firstToken();
        int to = sentences.get(last).endToken();
        Tokens tokens = reading.tokens();
        boolean[] quoted = new boolean[Math.max(0, to - from)];
        for (QuoteSpan span : spans) {
            if (span.close() <= tokens.start(from) || to == from || span.open() >= tokens.end(to - 1)) {
                continue;
            }
            for (int i = from; i < to; i++) {
                if (span.covers(tokens.start(i))) {
                    quoted[i - from] = true;
                }
            }
        }
        List<Mention> list = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            list.addAll(mentions.mentions(k));
        }
        return new SpeakerFinder.Clause(text, tokens, from, to, quoted, list, posts);
    }

    /** True when the quotation is its paragraph's only words (a quote paragraph after the sentence naming its speaker). */
    private static boolean standsAlone(String text, QuoteSpan span, Sentence first, Sentence last) {
        int lineEnd = text.indexOf('\n', span.close());
        return !hasWord(text, span.close(), lineEnd < 0 ? text.length() : lineEnd);
    }

    private static boolean inPost(List<EmbeddedPost> posts, int offset) {
        for (EmbeddedPost p : posts) {
            if (offset >= p.start() && offset < p.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text, QuoteSpan span) {
        String[] words = text.substring(span.start(), span.end()).strip().split("\\s+");
        return words.length;
    }
}
