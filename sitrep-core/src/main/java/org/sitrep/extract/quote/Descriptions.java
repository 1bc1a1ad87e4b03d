package org.sitrep.extract.quote;

import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.Locale;

/**
 * Reads a speaker described rather than named, from a subject that opens with a determiner: "a resident",
 * "a local NGO official", "a Taliban spokesman" (the body named in the description speaks), "a report by a
 * security consultant" (the author of the document), "the officer", "the group", "the statement" (definite:
 * pointed back at, resolved by {@link QuoteReader}).
 */
final class Descriptions {
    /** How many words after the head noun a description keeps ("a resident of the X district"). */
    private static final int TAIL = 7;
    static final String PERSON = "person";
    static final String GROUP = "group";
    static final String DOCUMENT = "document";

    private final QuoteLexicon lexicon;

    Descriptions(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The head of a description: the determiner at {@code opener}, the words {@code [opener + 1, end)} up to
     * a preposition, relative pronoun, participle or clause break, and the speaker noun at {@code noun}.
     */
    record Head(int opener, boolean definite, int end, int noun, String kind) {
    }

    /** The head of the subject {@code [from, to)} when it opens with a determiner and holds a speaker noun. */
    Head head(SpeakerFinder.Clause c, int from, int to) {
        Tokens t = c.tokens();
        if (from >= to - 1 || c.quoted(from)) {
            return null;
        }
        int opener = from;
        String w = t.text(from).toLowerCase(Locale.ROOT);
        boolean definite = w.equals("the");
        if (!definite && !lexicon.indefiniteAt(t, from, from + 1)) {
            return null;
        }
        int k = from + 1;
        if (k + 1 < to && t.text(k).equalsIgnoreCase("of") && t.text(k + 1).equalsIgnoreCase("the")) {
            k += 2; // "one of the posters"
            from = k - 1;
        }
        while (k < to && !c.quoted(k) && (t.word(k) || t.is(k, "-") || apostrophe(t, k))
                && !lexicon.descriptionStop(t, k) && !(k > from + 1 && participle(t, k))) {
            k++;
        }
        String kind = k - 1 > from ? lexicon.speakerNoun(t, k - 1) : null; // the last word is the head noun
        if (kind == null || !definite && !lexicon.describingOpener(t, opener)) {
            return null; // "one woman", "several residents": no one in particular
        }
        return new Head(opener, definite, k, k - 1, kind);
    }

    /**
     * The speaker a description gives: the body a mention in it names, the author of a document, a described
     * person as written (indefinite), or a definite description still to resolve; null when it gives none.
     */
    Speaker speaker(SpeakerFinder.Clause c, Head h, int from, int to, int cue) {
        Tokens t = c.tokens();
        Mention head = covering(c, h.noun());
        if (head != null) {
            return SpeakerFinder.named(head, cue); // "the Interior Ministry", "the army" as the names stage read them
        }
        switch (h.kind()) {
            case PERSON -> {
                int bodyEnd = h.end();
                while (bodyEnd < to && !lexicon.relative(t, bodyEnd) && !participle(t, bodyEnd)) {
                    bodyEnd++;
                }
                Mention body = organisation(c, from, bodyEnd);
                if (body != null) {
                    return SpeakerFinder.named(body, cue); // "a Taliban spokesman", "an officer from X police"
                }
                if (lexicon.indefiniteNounAt(t, h.noun(), h.noun() + 1)) {
                    return h.definite() ? described(c, h, cue) : Speaker.of(Speaker.Kind.INDEFINITE, cue);
                }
                if (h.definite()) {
                    return described(c, h, cue);
                }
                return Speaker.named(written(c, h.opener(), tailEnd(c, h.noun() + 1, to)), null, EntityType.PERSON, cue);
            }
            case GROUP -> {
                if (!h.definite()) {
                    return null;
                }
                if (t.capitalized(h.noun())) { // "the Health Ministry of the X government": a name not read
                    return Speaker.named(written(c, h.opener() + 1, tailEnd(c, h.noun() + 1, to)), null,
                            EntityType.ORGANIZATION, cue);
                }
                return described(c, h, cue);
            }
            case DOCUMENT -> {
                Mention body = organisationOrPerson(c, h.opener(), h.noun());
                if (body != null) {
                    return SpeakerFinder.named(body, cue); // "the army statement"
                }
                for (int k = h.noun() + 1; k < to - 1; k++) {
                    String w = t.text(k).toLowerCase(Locale.ROOT);
                    if (w.equals("by") || w.equals("from")) { // "a report by a security consultant"
                        Mention author = organisationOrPerson(c, k + 1, to);
                        if (author != null) {
                            return SpeakerFinder.named(author, cue);
                        }
                        Head inner = head(c, k + 1, to);
                        return inner == null || inner.kind().equals(DOCUMENT) ? null : speaker(c, inner, k + 1, to, cue);
                    }
                }
                return described(c, h, cue); // "the statement read", "read one of the posters"
            }
            default -> {
                return null;
            }
        }
    }

    private static Speaker described(SpeakerFinder.Clause c, Head h, int cue) {
        return new Speaker(Speaker.Kind.DESCRIBED, written(c, h.opener() + 1, h.noun() + 1), h.kind(), null, cue);
    }

    /** The end of a prepositional tail after the head noun ("of the X district"), or {@code from} when none. */
    private int tailEnd(SpeakerFinder.Clause c, int from, int to) {
        Tokens t = c.tokens();
        if (from >= to || c.quoted(from)) {
            return from;
        }
        String w = t.text(from).toLowerCase(Locale.ROOT);
        if (!(w.equals("of") || w.equals("from") || w.equals("in") || w.equals("at"))) {
            return from;
        }
        int k = from + 1;
        while (k < to && k - from <= TAIL && !c.quoted(k) && (t.word(k) || t.is(k, "-") || apostrophe(t, k))
                && !lexicon.descriptionStop(t, k) && !participle(t, k)) {
            k++;
        }
        return k > from + 1 ? k : from;
    }

    private static String written(SpeakerFinder.Clause c, int from, int to) {
        Tokens t = c.tokens();
        return c.text().substring(t.start(from), t.end(to - 1)).strip();
    }

    /** A speaker-like mention covering token {@code i}. */
    private static Mention covering(SpeakerFinder.Clause c, int i) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.start() <= t.start(i) && m.end() >= t.end(i) && m.type() != null && m.type() != EntityType.LOCATION) {
                return m;
            }
        }
        return null;
    }

    /** The first organisation (not a person or place) mentioned in tokens {@code [from, to)}. */
    private static Mention organisation(SpeakerFinder.Clause c, int from, int to) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.type() != null && m.type().isOrganization() && m.start() >= t.start(from) && m.end() <= t.end(to - 1)
                    && !c.quoted(t.indexAt(m.start()))) {
                return m;
            }
        }
        return null;
    }

    private static Mention organisationOrPerson(SpeakerFinder.Clause c, int from, int to) {
        if (from >= to) {
            return null;
        }
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.type() != null && m.type() != EntityType.LOCATION && m.start() >= t.start(from)
                    && m.end() <= t.end(to - 1) && !c.quoted(t.indexAt(m.start()))) {
                return m;
            }
        }
        return null;
    }

    private static boolean apostrophe(Tokens t, int i) {
        char ch = t.first(i);
        return ch == '\'' || ch == '’';
    }

    /** A present participle ending the head ("an eyewitness visiting from ..."). */
    private static boolean participle(Tokens t, int i) {
        String w = t.text(i);
        return w.length() > 5 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0));
    }
}
