package org.sitrep.extract.quote;

import org.sitrep.extract.SentenceMentions;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives every run of quoted words in a report's body its speaker: the cue of its own sentence, else (for a
 * quotation that opens its sentence) the quotation or the speaker of the sentence just before, with
 * pronouns resolved to the last person or institution heard or named. Scare quotes (a phrase inside a
 * sentence no speech cue ties to a speaker, or a single word) and indefinite speakers give nothing.
 */
final class QuoteReader {
    /** How many sentences back a pronoun looks for its speaker. */
    private static final int PRONOUN_REACH = 3;
    /** The fewest words a quoted phrase inside a sentence needs to be a quotation rather than a term. */
    private static final int MIN_PHRASE_WORDS = 2;
    /** The fewest words a cue-less phrase quoted after a speaker's quotation needs to be theirs too. */
    private static final int PARTIAL_WORDS = 4;
    /**
     * Most quotations read from one report. A report quotes a few dozen times; past this it is a transcript or a
     * list, and joining quotations compares each with every other, so the rest is not read.
     */
    static final int MAX_DRAFTS = 1_000;

    private final SpeakerFinder finder;

    QuoteReader(SpeakerFinder finder) {
        this.finder = finder;
    }

    /** The drafts of one report, in order of position. */
    List<QuoteDraft> read(String text, Reading reading, SentenceMentions mentions, List<EmbeddedPost> posts) {
        QuoteContext doc = new QuoteContext(text, reading, mentions, posts);
        List<QuoteDraft> drafts = new ArrayList<>();
        Tokens tokens = reading.tokens();
        for (QuoteSpan span : doc.spans) {
            Budget.check();
            if (drafts.size() >= MAX_DRAFTS) {
                break;
            }
            Sentence first = reading.sentenceAt(span.start());
            Sentence last = reading.sentenceAt(span.end() - 1);
            if (first == null || last == null || first.headline() || doc.inPost(span.start())) {
                continue;
            }
            boolean leading = span.continues() || !doc.hasWord(first.start(), span.open());
            if (!leading && doc.words(span) < MIN_PHRASE_WORDS || doc.onlyName(span, first.index())) {
                continue; // a term or a name in scare quotes ("“Boko Haram,” authorities said")
            }
            int quoteFirst = tokens.indexAt(span.open());
            int quoteEnd = tokens.indexAt(span.close() - 1) + 1;
            Speaker found = finder.find(doc.clause(first.index(), last.index()), quoteFirst, quoteEnd);
            Sentence next = last.index() + 1 < reading.sentences().size() ? doc.sentence(last.index() + 1) : null;
            if (found == null && next != null && next.paragraph() == last.paragraph()
                    && finder.opensWithSpeech(doc.clause(next.index(), next.index()))) {
                found = finder.find(doc.clause(first.index(), next.index()), quoteFirst, quoteEnd); // "… now. ”Said X"
            }
            Speaker speaker = null;
            boolean inherited = false;
            if (found != null && found.isNamed()) {
                speaker = found;
            } else if (found != null && found.kind() == Speaker.Kind.DESCRIBED) {
                Speaker heard = describedAntecedent(doc, found, drafts, first, span.open());
                speaker = heard == null ? null : heard.at(found.cue());
            } else if (found != null && found.isPronoun()) {
                Speaker heard = antecedent(doc, found.kind() == Speaker.Kind.PERSON_PRONOUN, drafts, first, span.open());
                speaker = heard == null ? null : heard.at(found.cue());
            } else if (found == null && !leading) {
                QuoteDraft before = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                boolean sameSentence = before != null && before.lastSentence() == first.index();
                boolean carriedOn = before != null && before.lastSentence() == first.index() - 1
                        && sameParagraph(doc, before, first) && finder.carriesOn(doc.clause(first.index(), first.index()));
                if ((sameSentence || carriedOn) && doc.words(span) >= PARTIAL_WORDS) { // "“A,” leading to “B”", "“A,” X said. But “B”"
                    speaker = Speaker.named(before.speaker(), before.role(), before.type(), -1);
                }
            } else if (found == null) {
                QuoteDraft carried = carried(drafts, first);
                if (carried != null) {
                    drafts.add(new QuoteDraft(span, carried.speaker(), carried.role(), carried.type(), carried.date(),
                            first.index(), last.index(), true, true));
                    continue;
                }
                speaker = introduced(doc, span, first);
                inherited = true;
            }
            if (speaker != null) {
                drafts.add(draft(doc, span, speaker, first, last, leading, inherited));
            }
        }
        return drafts;
    }

    private static QuoteDraft draft(QuoteContext doc, QuoteSpan span, Speaker s, Sentence first, Sentence last,
                                    boolean leading, boolean inherited) {
        String role = s.role() == null && s.isPerson() ? doc.roleOf(s.name()) : s.role();
        LocalDate date = s.cue() >= 0 ? doc.dateOf(s) : null;
        return new QuoteDraft(span, s.name(), role, s.type(), date, first.index(), last.index(), leading, inherited);
    }

    private static boolean sameParagraph(QuoteContext doc, QuoteDraft d, Sentence s) {
        return doc.sentence(d.lastSentence()).paragraph() == s.paragraph();
    }

    /** The quotation just before, when this one (with no cue of its own) carries it on. */
    private static QuoteDraft carried(List<QuoteDraft> drafts, Sentence first) {
        QuoteDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        return previous != null && previous.lastSentence() >= first.index() - 1 ? previous : null;
    }

    /**
     * The speaker of a quotation with no cue of its own, from the sentence just before: the one whose speech
     * introduces it ("X said:"), or, for a quote paragraph, the last person that sentence names.
     */
    private Speaker introduced(QuoteContext doc, QuoteSpan span, Sentence first) {
        if (first.index() == 0) {
            return null;
        }
        Sentence before = doc.sentence(first.index() - 1);
        if (before.headline() || first.paragraph() - before.paragraph() > 1) {
            return null;
        }
        SpeakerFinder.Clause clause = doc.clause(before.index(), before.index());
        Speaker s = finder.find(clause, before.endToken(), before.endToken());
        if (s != null && s.kind() == Speaker.Kind.DESCRIBED) {
            return describedAntecedent(doc, s, List.of(), before, before.end());
        }
        if (s != null) {
            return s.isNamed() ? s : null;
        }
        if (!doc.endsParagraph(span) || finder.hasCue(clause) || doc.quoted(before.start(), before.end())) {
            return null; // a sentence that speaks without naming, or a quotation no one was found for
        }
        List<Mention> list = doc.mentions.mentions(before.index());
        for (int j = list.size() - 1; j >= 0; j--) {
            Mention m = list.get(j);
            if (m.type() == EntityType.PERSON && !m.generic() && !doc.quoted(m.start())) {
                return Speaker.named(m.name(), m.role(), EntityType.PERSON, -1);
            }
        }
        return null;
    }

    /**
     * What "he" or "it" points back at: the person (or institution) who last spoke within a few sentences,
     * else, for a person, the last person named before the quotation.
     */
    private Speaker antecedent(QuoteContext doc, boolean person, List<QuoteDraft> drafts, Sentence s, int before) {
        Speaker named = null;
        Speaker opener = null; // a person whose name opens a sentence nearer than the speaker's
        for (int k = s.index(); k >= 0 && s.index() - k <= PRONOUN_REACH; k--) {
            if (doc.sentence(k).headline()) {
                break;
            }
            Speaker namedBefore = named;
            Speaker openerBefore = opener;
            List<Mention> list = doc.mentions.mentions(k);
            if (person && opener == null && !list.isEmpty()) {
                Mention m = list.get(0);
                if (m.type() == EntityType.PERSON && !m.generic() && m.start() == doc.sentence(k).start() && m.end() <= before) {
                    opener = Speaker.named(m.name(), m.role(), EntityType.PERSON, -1);
                }
            }
            for (int j = list.size() - 1; j >= 0 && named == null && person; j--) {
                Mention m = list.get(j);
                if (m.type() == EntityType.PERSON && !m.generic() && m.end() <= before && !doc.quoted(m.start())) {
                    named = Speaker.named(m.name(), m.role(), EntityType.PERSON, -1);
                }
            }
            if (k < s.index()) {
                Speaker spoke = spokeIn(doc, k, drafts);
                if (spoke != null && spoke.isPerson() == person) {
                    return openerBefore != null ? openerBefore : spoke; // "X, 36, reached the camp. “…,” she said"
                }
                if (spoke != null && person && named == null) {
                    return spoke; // a body just heard, no person named since: "he" is its unnamed spokesman
                }
                if (spoke != null && person && namedBefore == null) {
                    return named; // "X denied the body's claim. “…,” he said": the person named with it
                }
                Mention body = person ? null : firstBody(doc, k);
                if (body != null) {
                    return SpeakerFinder.named(body, -1); // "X took credit for the raid. It said ..."
                }
            }
        }
        return named;
    }

    /**
     * What a definite description points back at ("the officer", "the group", "the statement"): the nearest
     * mention or speaker whose words hold its noun; else, for a bare noun ("the source", "the man"), the
     * speaker just heard, for a body ("the group") the body a sentence before names first, for a document
     * its issuer; else a described person as the report describes them ("the vigilante member").
     */
    private Speaker describedAntecedent(QuoteContext doc, Speaker d, List<QuoteDraft> drafts, Sentence s, int before) {
        String words = d.name();
        String noun = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String kind = d.role();
        boolean bare = !words.contains(" ");
        if (!Descriptions.DOCUMENT.equals(kind)) {
            for (int k = s.index(); k >= 0 && s.index() - k <= PRONOUN_REACH; k--) {
                if (doc.sentence(k).headline()) {
                    break;
                }
                for (int j = drafts.size() - 1; j >= 0; j--) {
                    QuoteDraft q = drafts.get(j);
                    if (q.firstSentence() <= k && k <= q.lastSentence()
                            && (hasWord(q.speaker(), noun) || q.role() != null && hasWord(q.role(), noun))) {
                        return Speaker.named(q.speaker(), q.role(), q.type(), -1);
                    }
                }
                List<Mention> list = doc.mentions.mentions(k);
                for (int j = list.size() - 1; j >= 0; j--) {
                    Mention m = list.get(j);
                    if (m.end() <= before && !doc.quoted(m.start()) && m.type() != null && m.type() != EntityType.LOCATION
                            && (hasWord(m.text(), noun) || m.role() != null && hasWord(m.role(), noun))) {
                        return SpeakerFinder.named(m, -1);
                    }
                }
            }
        }
        if (bare || !Descriptions.PERSON.equals(kind)) {
            for (int k = s.index() - 1; k >= 0 && s.index() - k <= PRONOUN_REACH; k--) {
                if (doc.sentence(k).headline()) {
                    break;
                }
                Speaker spoke = spokeIn(doc, k, drafts);
                if (spoke != null && (!Descriptions.GROUP.equals(kind) || !spoke.isPerson())) {
                    return spoke;
                }
                Mention body = Descriptions.GROUP.equals(kind) ? firstBody(doc, k) : null;
                if (body != null) {
                    return SpeakerFinder.named(body, -1); // "JNIM posted videos. The group claimed ..."
                }
            }
        }
        return Descriptions.PERSON.equals(kind) && !bare ? Speaker.named(words, null, EntityType.PERSON, -1) : null;
    }

    /** The first body (not a person or place) sentence {@code k} names outside quotation marks, by name. */
    private static Mention firstBody(QuoteContext doc, int k) {
        for (Mention m : doc.mentions.mentions(k)) {
            if (m.type() != null && m.type().isOrganization() && !m.generic() && !doc.quoted(m.start())) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasWord(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = lower.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(lower.charAt(i - 1))) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
            i = lower.indexOf(word, i + 1);
        }
        return false;
    }

    /** Who speaks in sentence {@code k}: the speaker of a quotation there, else the one its speech cue names. */
    private Speaker spokeIn(QuoteContext doc, int k, List<QuoteDraft> drafts) {
        for (int j = drafts.size() - 1; j >= 0; j--) {
            QuoteDraft d = drafts.get(j);
            if (d.firstSentence() <= k && k <= d.lastSentence()) {
                return Speaker.named(d.speaker(), d.role(), d.type(), -1);
            }
        }
        Sentence sk = doc.sentence(k);
        Speaker s = finder.find(doc.clause(k, k), sk.endToken(), sk.endToken());
        return s != null && s.isNamed() ? s : null;
    }
}
