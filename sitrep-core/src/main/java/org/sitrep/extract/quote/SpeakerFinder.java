package org.sitrep.extract.quote;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.List;
import java.util.Locale;

/**
 * Finds the speaker a sentence gives its quotation through a speech cue outside the quotation marks: "X
 * said", "said X", "X, the group's leader, said", "he told Reuters", "according to X", "TASS cited X as
 * saying", "a source said" (indefinite). The cue nearest the quotation wins.
 */
final class SpeakerFinder {
    /** How far back from its verb a subject may start ("Pentagon spokesman Maj. Gen. Pat Ryder said"). */
    private static final int SUBJECT_REACH = 12;
    /** How long an apposition between commas may be ("X, UN Deputy Regional Coordinator for ..., said"). */
    private static final int APPOSITION_REACH = 20;
    /** How many title words may stand between "said" and the name after it ("said Lt. Col. X"). */
    private static final int AFTER_TITLE = 4;
    /** How far after "according to" the source may lie. */
    private static final int AFTER_REACH = 8;
    /** What {@link #previousComma} gives when the clause opens before any comma. */
    private static final int NO_COMMA = -2;

    private final QuoteLexicon lexicon;
    private final Descriptions descriptions;

    SpeakerFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.descriptions = new Descriptions(lexicon);
    }

    /** What the words of a clause say about who speaks. */
    record Clause(String text, Tokens tokens, int from, int to, boolean[] quoted, List<Mention> mentions,
                  List<EmbeddedPost> posts, List<Mention> persons) {

        boolean quoted(int i) {
            return quoted[i - from];
        }
    }

    /**
     * The speaker of the quotation at tokens {@code [quoteFirst, quoteEnd)}, from the cues of the clause, or
     * null when no cue outside the quotation marks names, points at or hides a speaker.
     */
    Speaker find(Clause c, int quoteFirst, int quoteEnd) {
        Speaker best = null;
        int bestDistance = Integer.MAX_VALUE;
        Speaker previous = null;
        for (int i = c.from(); i < c.to(); i++) {
            if (c.quoted(i)) {
                continue;
            }
            Cue cue = cueAt(c, i);
            if (cue == null) {
                continue;
            }
            if (cue.speaker() == null && cue.participle()) { // "X said …, adding “…”": X; "X “…”, describing": X
                cue = new Cue(cue.end(), previous != null ? previous.at(i) : clauseSubject(c, i), true);
            }
            if (cue.speaker() != null) {
                previous = cue.speaker();
                int distance = i >= quoteEnd ? i - quoteEnd : Math.max(0, quoteFirst - cue.end());
                if (distance < bestDistance) {
                    best = cue.speaker();
                    bestDistance = distance;
                }
            }
            i = cue.end() - 1;
        }
        return best;
    }

    /** True when the clause opens with a word that carries on the speech of the sentence before ("But"). */
    boolean carriesOn(Clause c) {
        Tokens t = c.tokens();
        for (int i = c.from(); i < c.to(); i++) {
            if (t.word(i)) {
                return !c.quoted(i) && lexicon.carriesOn(t, i);
            }
        }
        return false;
    }

    /** True when the clause's first word outside quotation marks is a speech verb ("”. Said X", "“…” said X"). */
    boolean opensWithSpeech(Clause c) {
        Tokens t = c.tokens();
        for (int i = c.from(); i < c.to(); i++) {
            if (!c.quoted(i) && t.word(i)) {
                return lexicon.speechAt(t, i, c.to()) != null;
            }
        }
        return false;
    }

    /** True when the clause has a speech cue outside quotation marks, whether or not it names a speaker. */
    boolean hasCue(Clause c) {
        for (int i = c.from(); i < c.to(); i++) {
            if (!c.quoted(i) && cueAt(c, i) != null) {
                return true;
            }
        }
        return false;
    }

    private record Cue(int end, Speaker speaker, boolean participle) {
        Cue(int end, Speaker speaker) {
            this(end, speaker, false);
        }
    }

    private Cue cueAt(Clause c, int i) {
        Tokens t = c.tokens();
        CuePhrases.Match<String> according = lexicon.accordingAt(t, i, c.to());
        if (according != null) {
            return new Cue(according.end(), after(c, according.end(), AFTER_REACH, i, true));
        }
        CuePhrases.Match<String> source = lexicon.sourceAfterAt(t, i, c.to());
        if (source != null) {
            Speaker cited = after(c, source.end(), 3, i, false);
            if (cited != null && cited.isNamed()) {
                return new Cue(source.end(), cited); // "TASS cited the army command as saying"
            }
        }
        CuePhrases.Match<String> verb = lexicon.speechAt(t, i, c.to());
        if (verb == null) {
            return null;
        }
        if (i > c.from() && determiner(t, i - 1)) {
            return new Cue(verb.end(), null); // "in a report", "the claims"
        }
        Speaker s = before(c, i);
        if (s == null && inverted(c, i) && !verb.phrase().startsWith("told") && !verb.phrase().startsWith("tell")) {
            s = afterVerb(c, verb.end(), i);
        }
        return new Cue(verb.end(), s, s == null && verb.phrase().endsWith("ing") && i > c.from() && t.is(i - 1, ","));
    }

    /** The subject before the verb at token {@code v}, through an apposition between commas. */
    private Speaker before(Clause c, int verb) {
        Tokens t = c.tokens();
        int v = verb;
        while (v - 1 > c.from() && !c.quoted(v - 1) && adverb(t, v - 1)) {
            v--; // "X merely pointed out", "the army later said"
        }
        if (v - 1 >= c.from() && !c.quoted(v - 1) && t.is(v - 1, ",")) {
            int comma = previousComma(c, v - 1);
            if (comma == NO_COMMA) { // "The member who did not want his name given, said"
                return subject(c, subjectStart(c, v - 1, APPOSITION_REACH), v - 1, v);
            }
            if (comma < 0) {
                return null; // an apposition too long to read
            }
            Mention person = lastMention(c, comma + 1, v - 1, true);
            if (person != null) { // "The agency's coordinator, Adam X, warned"
                String role = person.role() != null ? person.role() : phrase(c, subjectStart(c, comma), comma);
                return Speaker.named(person.name(), role, EntityType.PERSON, v);
            }
            Speaker subject = subject(c, subjectStart(c, comma), comma, v);
            if (subject != null && subject.isPerson() && subject.role() == null) { // "X, a fellow at Y, said"
                return Speaker.named(subject.name(), phrase(c, comma + 1, v - 1), EntityType.PERSON, v);
            }
            return subject;
        }
        int start = subjectStart(c, v);
        if (start > c.from() && !c.quoted(start - 1) && !breakAt(t, start - 1)) {
            int wide = subjectStart(c, v, APPOSITION_REACH); // "A resident of the X district where it happened told"
            if (descriptions.head(c, wide, v) != null) {
                start = wide;
            }
        }
        Mention before = start - 1 > c.from() && t.is(start - 1, ",") ? personEndingAt(c, start - 1) : null;
        if (before != null && descriptions.head(c, start, v) != null) { // "X, a resident in Y said"
            return Speaker.named(before.name(), phrase(c, start, v), EntityType.PERSON, v);
        }
        return subject(c, start, v, v);
    }

    /** The subject of the sentence a participle ("saying", "describing") hangs on: its first person, else body. */
    private static Speaker clauseSubject(Clause c, int v) {
        Tokens t = c.tokens();
        Mention body = null;
        for (Mention m : c.mentions()) {
            int first = t.indexAt(m.start());
            if (first >= v || c.quoted(first) || !speakerLike(m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                return named(m, v);
            }
            body = body == null ? m : body;
        }
        return body == null ? null : named(body, v);
    }

    /** True when tokens {@code [from, to)} are all capitalised words. */
    private static boolean capitalsBetween(Clause c, int from, int to) {
        Tokens t = c.tokens();
        for (int k = from; k < to; k++) {
            if (c.quoted(k) || !t.word(k) || !t.capitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when a place mention covers token {@code i}. */
    private static boolean place(Clause c, int i) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.type() == EntityType.LOCATION && m.start() <= t.start(i) && m.end() >= t.end(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body as written with the place the subject puts it in ("forces in X said"), when its name is the
     * report's own words and the place ends the subject; else the body alone.
     */
    private static Speaker inPlace(Clause c, Mention m, int to, int cue) {
        Tokens t = c.tokens();
        Speaker body = named(m, cue);
        int after = t.indexAt(m.end() - 1) + 1;
        if (after + 1 < to && t.is(after, "in") && place(c, to - 1) && place(c, after + 1)
                && body.name().equals(institution(m)) && !m.generic() && m.text().strip().endsWith(body.name())) {
            return Speaker.named(body.name() + c.text().substring(t.end(after - 1), t.end(to - 1)), null, m.type(), cue);
        }
        return body;
    }

    /** The person whose mention ends just before token {@code i}, or null. */
    private static Mention personEndingAt(Clause c, int i) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.type() == EntityType.PERSON && t.indexAt(m.end() - 1) + 1 == i && !c.quoted(i - 1)) {
                return m;
            }
        }
        return null;
    }

    /** The speaker named, pointed at or hidden in the subject words {@code [from, to)} of the cue at {@code cue}. */
    private Speaker subject(Clause c, int from, int to, int cue) {
        if (from >= to) {
            return null;
        }
        Tokens t = c.tokens();
        Mention m = lastMention(c, from, to, true);
        Descriptions.Head head = descriptions.head(c, from, to);
        if (m != null) {
            Speaker owner = possessive(c, m, to, cue); // "X's mother", "a spokesman for X's forces"
            if (owner != null && (head == null || !owner.isPerson())) {
                return owner;
            }
        }
        if (m == null && to - from >= 3 && (t.is(to - 2, "’s") || t.is(to - 2, "'s")) && t.capitalized(to - 3)
                && Descriptions.PERSON.equals(lexicon.speakerNoun(t, to - 1))) {
            int owner = to - 3;
            while (owner - 1 >= from && t.word(owner - 1) && t.capitalized(owner - 1)) {
                owner--;
            }
            return Speaker.named(c.text().substring(t.start(owner), t.end(to - 1)), null, EntityType.PERSON, cue); // "X’s mother"
        }
        if (head != null && (m == null || t.indexAt(m.start()) >= head.end())) {
            Speaker described = descriptions.speaker(c, head, from, to, cue); // "a resident", "the group led by X"
            if (described != null) {
                return described;
            }
        }
        if (m == null) {
            m = lastMention(c, from, to, false);
        }
        if (m == null || m.type() != EntityType.PERSON) {
            int mentionFirst = m == null ? to : t.indexAt(m.start());
            boolean indefinite = lexicon.indefiniteAt(t, from, to) && from < mentionFirst;
            for (int k = from; k < to && !indefinite; k++) {
                indefinite = lexicon.indefiniteNounAt(t, k, to);
            }
            if (indefinite) {
                return Speaker.of(Speaker.Kind.INDEFINITE, cue);
            }
        }
        if (m == null || m.type() != EntityType.PERSON && m.end() <= t.start(to - 1) && !place(c, to - 1)
                && capitalsBetween(c, t.indexAt(m.end() - 1) + 1, to)) { // "MLA X Y told", not "Amnesty on Tuesday"
            Speaker written = lexicon.writtenNames().before(c, from, to - 1, cue); // "McKenzie said"
            if (written != null) {
                return written;
            }
        }
        if (m != null && m.type() != EntityType.PERSON) {
            return inPlace(c, m, to, cue); // "Armenian forces in Karabakh said"
        }
        if (m != null) {
            return named(m, cue);
        }
        for (int k = Math.max(from, to - 2); k < to; k++) { // "he said", "she later told"
            if (lexicon.personPronoun(t, k)) {
                return Speaker.of(Speaker.Kind.PERSON_PRONOUN, cue);
            }
            if (lexicon.groupPronoun(t, k)) {
                return Speaker.of(Speaker.Kind.GROUP_PRONOUN, cue);
            }
        }
        return null;
    }

    /**
     * A person named only as the owner of what speaks ("X's mother said", "a spokesman for X's forces"):
     * the owner and the nouns after the possessive, as written; null when the person is not followed by one.
     */
    private Speaker possessive(Clause c, Mention person, int to, int cue) {
        Tokens t = c.tokens();
        int after = t.indexAt(person.end() - 1) + 1;
        if (after >= to || !(t.is(after, "'s") || t.is(after, "’s"))) {
            return null;
        }
        int k = after + 1;
        while (k < to && t.word(k) && !t.capitalized(k) && !lexicon.descriptionStop(t, k)) {
            k++;
        }
        if (k == after + 1) {
            return null;
        }
        String kind = lexicon.speakerNoun(t, k - 1);
        EntityType type = Descriptions.PERSON.equals(kind) ? EntityType.PERSON : EntityType.ORGANIZATION;
        return Speaker.named(c.text().substring(person.start(), t.end(k - 1)), null, type, cue);
    }

    /** True when the verb at {@code v} opens its clause, as an attribution after a quotation does ("…,” said X"). */
    private static boolean inverted(Clause c, int v) {
        Tokens t = c.tokens();
        return v == c.from() || c.quoted(v - 1) || breakAt(t, v - 1) || t.is(v - 1, ".") && t.capitalized(v);
    }

    /** "said Peskov", "said he", "said a source". */
    private Speaker afterVerb(Clause c, int from, int cue) {
        Tokens t = c.tokens();
        if (from >= c.to() || c.quoted(from)) {
            return null;
        }
        if (lexicon.personPronoun(t, from)) {
            return Speaker.of(Speaker.Kind.PERSON_PRONOUN, cue);
        }
        Mention m = personStarting(c, from, Math.min(c.to(), from + AFTER_TITLE));
        if (m != null) {
            return named(m, cue); // "said Lt. Col. X", "said one of them, X"
        }
        int stop = from;
        while (stop < c.to() && stop - from < AFTER_REACH + 4 && !c.quoted(stop) && !breakAt(t, stop)) {
            stop++;
        }
        Descriptions.Head head = descriptions.head(c, from, stop);
        if (head != null) { // "said the officer", "said a resident of X"
            Speaker described = descriptions.speaker(c, head, from, stop, cue);
            if (described != null) {
                return described;
            }
        }
        if (lexicon.indefiniteAt(t, from, c.to())) {
            return Speaker.of(Speaker.Kind.INDEFINITE, cue);
        }
        return lexicon.writtenNames().after(c, from, cue); // "said Seriani", "said Governor X Y"
    }

    /** The source after "according to" or "cited": a name, an account's @handle, or an indefinite one. */
    private Speaker after(Clause c, int from, int reach, int cue, boolean handles) {
        Tokens t = c.tokens();
        int stop = from;
        while (stop < c.to() && stop - from < reach && !c.quoted(stop) && !breakAt(t, stop)) {
            stop++;
        }
        Mention m = lastMention(c, from, stop, true);
        if (m == null) {
            m = firstMention(c, from, stop);
        }
        if (m != null && m.type() == EntityType.PERSON) {
            return named(m, cue);
        }
        if (handles) {
            for (int k = from; k < stop; k++) {
                String handle = handle(t, k, stop);
                if (handle != null) {
                    return Speaker.named(account(c.posts(), handle), null, EntityType.MEDIA, cue);
                }
            }
        }
        if (from < stop && lexicon.indefiniteAt(t, from, stop)) {
            return Speaker.of(Speaker.Kind.INDEFINITE, cue);
        }
        return m == null ? null : named(m, cue);
    }

    private static String handle(Tokens t, int k, int stop) {
        String w = t.text(k);
        if (w.length() > 1 && w.charAt(0) == '@') {
            return w.substring(1);
        }
        if (w.equals("@") && k + 1 < stop && t.start(k + 1) == t.end(k)) {
            return t.text(k + 1);
        }
        return null;
    }

    /** The display name of the embedded post's author with this handle, else the handle itself. */
    private static String account(List<EmbeddedPost> posts, String handle) {
        for (EmbeddedPost p : posts) {
            if (p.handle() != null && p.author() != null
                    && p.handle().replace("@", "").equalsIgnoreCase(handle)) {
                return p.author();
            }
        }
        return handle;
    }

    static Speaker named(Mention m, int cue) {
        if (m.type() == EntityType.PERSON) {
            return Speaker.named(m.name(), m.role(), EntityType.PERSON, cue);
        }
        return Speaker.named(institution(m), null, m.type(), cue);
    }

    /**
     * An institution as the report writes it ("the Syrian military command" gives "Syrian military
     * command"), or its canonical name when the words are an acronym, a single word or a description.
     */
    static String institution(Mention m) {
        String written = m.text().strip();
        if (written.regionMatches(true, 0, "the ", 0, 4)) {
            written = written.substring(4);
        }
        if (m.generic() || !written.contains(" ") || written.equals(written.toUpperCase(Locale.ROOT))) {
            return m.name();
        }
        return written;
    }

    /** The first token of the subject ending before token {@code end}: back to a clause break. */
    private static int subjectStart(Clause c, int end) {
        return subjectStart(c, end, SUBJECT_REACH);
    }

    /** The same, reaching back at most {@code reach} tokens; a name in scare quotes is part of it. */
    private static int subjectStart(Clause c, int end, int reach) {
        int k = end;
        while (k > c.from() && end - k < reach
                && (quotedName(c, k - 1) || !c.quoted(k - 1) && !breakAt(c.tokens(), k - 1))) {
            k--;
        }
        return k;
    }

    /** True when token {@code i} lies in quotation marks that hold only a name ("the self-styled “Republic of X”"). */
    private static boolean quotedName(Clause c, int i) {
        Tokens t = c.tokens();
        if (!t.word(i) && !t.is(i, "\"") && !t.is(i, "“") && !t.is(i, "”")) {
            return false;
        }
        for (Mention m : c.mentions()) {
            if (m.type() != null && m.type() != EntityType.LOCATION) {
                int first = t.indexAt(m.start());
                int last = t.indexAt(m.end() - 1);
                if (i >= first - 1 && i <= last + 1 && first - 1 >= c.from() && last + 1 < c.to()
                        && !t.word(first - 1) && !t.word(last + 1) && c.quoted(first - 1) && c.quoted(last + 1)
                        && (first - 2 < c.from() || !c.quoted(first - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean adverb(Tokens t, int i) {
        String w = t.text(i);
        return t.word(i) && !t.capitalized(i) && w.length() > 4 && w.endsWith("ly")
                || w.equals("also") || w.equals("later") || w.equals("then") || w.equals("again") || w.equals("earlier");
    }

    /**
     * The comma opening an apposition that the comma at {@code close} ends; {@link #NO_COMMA} when the clause
     * opens before any, or -1 when a quotation or the reach of an apposition ends the search first.
     */
    private static int previousComma(Clause c, int close) {
        for (int k = close - 1; k >= c.from(); k--) {
            if (close - k > APPOSITION_REACH || c.quoted(k)) {
                return -1;
            }
            if (c.tokens().is(k, ",")) {
                return k;
            }
            if (breakAt(c.tokens(), k)) {
                return NO_COMMA;
            }
        }
        return NO_COMMA;
    }

    /** The last speaker-like mention inside tokens {@code [from, to)}; only people when asked. */
    private static Mention lastMention(Clause c, int from, int to, boolean personOnly) {
        Mention best = null;
        for (Mention m : c.mentions()) {
            if (inside(c, m, from, to) && speakerLike(m) && (!personOnly || m.type() == EntityType.PERSON)) {
                best = m;
            }
        }
        return best;
    }

    /** The first person whose mention starts within tokens {@code [from, to)}, before any clause break. */
    private static Mention personStarting(Clause c, int from, int to) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            int first = t.indexAt(m.start());
            if (m.type() == EntityType.PERSON && first >= from && first < to && !c.quoted(first)) {
                boolean broken = false;
                for (int k = from; k < first && !broken; k++) {
                    broken = breakAt(t, k) && !t.is(k, ",") || c.quoted(k);
                }
                if (!broken) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Mention firstMention(Clause c, int from, int to) {
        for (Mention m : c.mentions()) {
            if (inside(c, m, from, to) && speakerLike(m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean inside(Clause c, Mention m, int from, int to) {
        if (from >= to) {
            return false;
        }
        Tokens t = c.tokens();
        return m.start() >= t.start(from) && m.end() <= t.end(to - 1);
    }

    private static boolean speakerLike(Mention m) {
        return m.type() != null && m.type() != EntityType.LOCATION;
    }

    /** The words of tokens {@code [from, to)} as a role, without a leading article; null when empty. */
    private static String phrase(Clause c, int from, int to) {
        Tokens t = c.tokens();
        if (from < to && isArticle(t, from)) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        return c.text().substring(t.start(from), t.end(to - 1)).strip();
    }

    private static boolean isArticle(Tokens t, int i) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("the");
    }

    private static boolean determiner(Tokens t, int i) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("this") || w.equals("that")
                || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her");
    }

    /** A token that ends a clause: punctuation other than an apostrophe, hyphen, period of an abbreviation or bracket. */
    static boolean breakAt(Tokens t, int i) {
        if (t.word(i)) {
            return false;
        }
        char ch = t.first(i);
        return ch != '\'' && ch != '’' && ch != '-' && ch != '(' && ch != ')' && ch != '&' && ch != '@' && ch != '.';
    }
}
