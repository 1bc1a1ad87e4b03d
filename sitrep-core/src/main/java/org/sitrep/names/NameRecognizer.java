package org.sitrep.names;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the names and descriptions of one text, sentence by sentence: first the longest phrase the
 * {@link ActorDictionary} knows, then runs of capitalised words, which are trimmed of titles, demonyms and
 * sentence-opening common words and classified by their context (titles, speech verbs, head nouns, place
 * words, the gazetteer). Names it has no entry for are found by their shape and context. Immutable and
 * thread-safe; all knowledge is shared.
 */
public final class NameRecognizer {
    private static final int MAX_SPAN = 8;

    private final ActorDictionary dictionary;
    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;
    private final NameContext context;

    public NameRecognizer(ActorDictionary dictionary, NameLexicon lexicon, Gazetteer gazetteer) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.context = lexicon.context();
    }

    /** The candidates of a text (zone 0 for the body, k for the k-th caption). */
    public List<Candidate> find(String text, Reading reading, int zone) {
        Tokens t = reading.tokens();
        String[] keys = new String[t.size()];
        String[] lower = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            // The tokens' shared lower-case form (curly apostrophes made straight) folds as the token does, and
            // its hash, once made, serves every later look-up of the report.
            String shared = t.lower(i);
            lower[i] = shared.indexOf('\'') < 0 ? shared : t.text(i).toLowerCase(Locale.ROOT);
            keys[i] = PhraseIndex.fold(shared, lexicon.folder());
        }
        boolean[] breaks = new boolean[t.size()];
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Budget.check();
            new SentenceScan(text, t, keys, lower, breaks, s, zone, out).run();
        }
        return out;
    }

    /** The scan of one sentence. */
    private final class SentenceScan {
        private final String text;
        private final Tokens t;
        private final String[] keys;
        private final String[] lower;
        private final boolean[] breaks;
        private final Sentence s;
        private final int zone;
        private final List<Candidate> out;

        SentenceScan(String text, Tokens t, String[] keys, String[] lower, boolean[] breaks, Sentence s, int zone,
                     List<Candidate> out) {
            this.text = text;
            this.t = t;
            this.keys = keys;
            this.lower = lower;
            this.breaks = breaks;
            this.s = s;
            this.zone = zone;
            this.out = out;
        }

        void run() {
            int first = out.size();
            scan();
            listsOfPlaces(first);
            FacilityTown.mark(out, first, text);
        }

        /**
         * Names listed with places ("seized A, B and C") are places too: a guessed person or an unsettled
         * name joined to a place by a comma or "and" becomes one.
         */
        private void listsOfPlaces(int first) {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = first; k < out.size(); k++) {
                    Candidate c = out.get(k);
                    boolean open = c.category() == Candidate.Category.UNKNOWN
                            || c.category() == Candidate.Category.PERSON && c.guess()
                            || c.category() == Candidate.Category.PLACE && !c.placeCue() && !c.facility();
                    if (!open || c.text().chars().anyMatch(Character::isDigit)) {
                        continue; // "AK-74M" in a list of rifles is not a village
                    }
                    boolean listed = k > first && isPlace(out.get(k - 1)) && listGap(out.get(k - 1).end(), c.start())
                            || k + 1 < out.size() && isPlace(out.get(k + 1)) && listGap(c.end(), out.get(k + 1).start());
                    if (listed) {
                        out.set(k, new Candidate(c.zone(), c.sentence(), c.start(), c.end(), c.text(),
                                Candidate.Category.PLACE, null, null, null, Math.max(1, c.precision()), true, false,
                                c.acronym(), false));
                        // (a listed place keeps its own precision: "Aleppo province" stays 3)
                    }
                }
            }
        }

        private boolean isPlace(Candidate c) {
            return c.category() == Candidate.Category.PLACE && !c.facility()
                    || c.category() == Candidate.Category.KNOWN && c.lexeme().region() != null;
        }

        private boolean listGap(int from, int to) {
            String gap = text.substring(from, to).strip();
            return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or");
        }

        private void scan() {
            int i = s.firstToken();
            int end = s.endToken();
            while (i < end) {
                if (!t.word(i)) {
                    i++;
                    continue;
                }
                int next = known(i, end);
                if (next > i) {
                    i = next;
                    continue;
                }
                if (nameToken(i) && i == s.firstToken() && i + 1 < end && nameToken(i + 1)
                        && context.has("place-before", lower[i])) {
                    i++; // "In Port Sudan, …": a preposition capitalised only by the sentence
                    continue;
                }
                if (nameToken(i) && i == s.firstToken() && commonAt(i) && i + 1 < end) {
                    int after = known(i + 1, end);
                    if (after > i + 1) {
                        i = after; // "A Russian strike …": a common word capitalised only by the sentence
                        continue;
                    }
                }
                int joined = nameToken(i) ? JoinedPlaceName.end(this::nameToken, lower, i, end,
                        text -> gazetteer.lookup(text, 1), this::spanText) : i;
                if (joined > i) { // "Jammu and Kashmir": a division whose name holds "and"
                    add(i, joined, Candidate.Category.PLACE, null, null, null, 0, false, false, acronymAfter(joined, end));
                    i = joined;
                    continue;
                }
                if (nameToken(i)) {
                    i = span(i, end);
                    continue;
                }
                if (Character.isUpperCase(t.first(i)) && adjectiveCompound(i)) {
                    compoundPrefix(i);
                }
                i++;
            }
        }

        /** A dictionary phrase at {@code i}: adds it and returns the token after it, else returns i. */
        private int known(int i, int end) {
            PhraseIndex.Match<Lexeme> m = dictionary.longest(keys, breaks, i, end);
            if (m == null) {
                m = afterArticle(i, end);
            }
            if (m == null) {
                return i;
            }
            // A capitalised phrase is a name before it is a description ("Lebanese Forces", the party).
            boolean capitalizedEnd = t.capitalized(m.to() - 1);
            Lexeme chosen = null;
            for (Lexeme x : m.targets()) {
                if (accepts(x, m.from(), m.to()) && (chosen == null || chosen.description() && !x.description()
                        && capitalizedEnd)) {
                    chosen = x;
                }
            }
            if (chosen == null || m.to() - m.from() == 1 && lexicon.calendar(lower[m.from()])) {
                return i; // "Jan." is a month, whatever a dictionary spelling folds to
            }
            // "Kivu Lens", "Sahel Press Agency": a known name that a capitalised word carries on is part of
            // another, longer name (not after a title or role: "HTS Commander", nor in a headline).
            if (!s.headline() && (chosen.region() != null || chosen.actor() != null && !chosen.description())
                    && m.to() < end && nameToken(m.to()) && !t.allCaps(m.to()) && !lexicon.calendar(lower[m.to()])
                    && lexicon.titles().longest(keys, breaks, m.to(), end) == null
                    && lexicon.roles().longest(keys, breaks, m.to(), end) == null
                    && dictionary.longest(keys, breaks, m.to(), end) == null) {
                return i;
            }
            // A description or a lower-case phrase inside a longer capitalised name is part of that name.
            if (chosen.description() && m.to() < end && nameToken(m.to()) && !t.capitalized(m.to() - 1)
                    && nameToken(i)) {
                return i;
            }
            int from = m.from();
            int to = m.to();
            String acronym = acronymAfter(to, end);
            add(from, to, Candidate.Category.KNOWN, chosen, null, null, 0, false, false, acronym);
            return to; // a defined acronym "(HTS)" is read next, as a mention of its own
        }

        /**
         * "Al Qaeda", "Al Jazeera", "El Fasher": a capitalised article written apart from the name it opens
         * (the dictionary keys names without their article) is read with that name.
         */
        private PhraseIndex.Match<Lexeme> afterArticle(int i, int end) {
            if (i + 1 >= end || !t.capitalized(i) || !lexicon.folder().isArticle(lower[i]) || breaks[i + 1]
                    || !t.word(i + 1) || !t.capitalized(i + 1)) {
                return null;
            }
            PhraseIndex.Match<Lexeme> m = dictionary.longest(keys, breaks, i + 1, end);
            // "told The Associated Press": an English article is not part of the name it is written with.
            int from = lower[i].equals("the") ? i + 1 : i;
            return m == null ? null : new PhraseIndex.Match<>(from, m.to(), m.targets());
        }

        private boolean accepts(Lexeme x, int from, int to) {
            if (x.exactCase()) {
                String written = text.substring(t.start(from), t.end(to - 1));
                return sameLetters(written, x.surface()) || x.surface().startsWith("The ")
                        && sameLetters(written, x.surface().substring(4)); // "The Punch" written "Punch"
            }
            if (x.capitalized()) {
                return nameToken(from) || t.capitalized(from);
            }
            return true;
        }

        /** A run of capitalised words from {@code i}: classifies it and returns the token after it. */
        private int span(int i, int end) {
            int j = i + 1;
            while (j < end && j - i < MAX_SPAN) {
                if (nameToken(j) && !lexicon.calendar(lower[j])) {
                    j++;
                } else if (hyphenJoin(j, end) || t.is(j, "&") && j + 1 < end && nameToken(j + 1)
                        || middleInitial(j, end)) {
                    j++;
                } else if (connector(j) && j + 1 < end && (nameToken(j + 1)
                        || (lower[j + 1].equals("the") && j + 2 < end && nameToken(j + 2)))) {
                    j += lower[j + 1].equals("the") ? 2 : 1;
                } else {
                    break;
                }
            }
            int first = out.size();
            classify(i, j, end);
            // a run cut at MAX_SPAN may have lent its next word to a name ("... Church Department"): the scan goes
            // on after it, or that word would open a second, overlapping name
            for (int k = first; k < out.size(); k++) {
                j = Math.max(j, t.indexAt(out.get(k).end() - 1) + 1);
            }
            return j;
        }

        private void classify(int from, int to, int end) {
            // Months and weekdays split the run.
            for (int k = from; k < to; k++) {
                if (lexicon.calendar(lower[k])) {
                    classify(from, k, end);
                    classify(k + 1, to, end);
                    return;
                }
            }
            String role = null;
            int p = from;
            if (to - from >= 2 && lexicon.titles().longest(keys, breaks, from, to) != null && !speechNear(from, to, end)) {
                List<GeoEntry> whole = gazetteer.lookup(spanText(from, to), 1);
                if (!whole.isEmpty() && !whole.get(0).matchLevel().loose() && whole.get(0).isPlace()) {
                    add(from, to, Candidate.Category.PLACE, null, null, null, Math.max(1, placeBefore(from)), true, false,
                            null, false);
                    return; // "Sheikh Issa", "Sheikh Maqsoud": a place whose name opens with a title
                }
            }
            // Sentence-opening common words ("Rebels", "But") are not names.
            while (p < to && (p == s.firstToken() || afterOpening(p)) && commonAt(p)
                    && dictionary.longest(keys, breaks, p, to) == null) {
                p++;
            }
            if (personAfterLongTitle(p, to, end)) {
                return;
            }
            // Demonyms and titles before a name: "Syrian President Bashar al-Assad".
            StringBuilder roleText = new StringBuilder();
            // "First Vice President Riek Machar", "Former Prime Minister X": words before the last title of
            // the run belong to the title.
            for (int k = p + 1; k < to - 1; k++) {
                PhraseIndex.Match<String> title = lexicon.titles().longest(keys, breaks, k, to);
                if (title != null && title.to() < to && allCapitalizedCommon(p, k)) {
                    roleText.append(spanText(p, title.to()));
                    p = title.to();
                    break;
                }
            }
            while (p < to) {
                PhraseIndex.Match<String> title = lexicon.titles().longest(keys, breaks, p, to);
                if (title != null && title.to() < to) {
                    roleText.append(roleText.length() > 0 ? " " : "").append(spanText(p, title.to()));
                    p = title.to();
                } else if (lexicon.demonym(lower[p]) != null && p + 1 < to
                        && dictionary.longest(keys, breaks, p, to) == null) {
                    roleText.append(roleText.length() > 0 ? " " : "").append(t.text(p));
                    p++;
                } else {
                    break;
                }
            }
            while (p < to && (!nameToken(p) || lexicon.notName(lower[p]) && !lexicon.prefixOnly(lower[p]))) {
                p++; // a connector left at the front, "Kurdish", "Sunni"
            }
            int q = to;
            while (q > p && (!nameToken(q - 1) || lexicon.notName(lower[q - 1]))) {
                if (nameToken(q - 1) && q - 2 >= p && lexicon.folder().isArticle(lower[q - 2])) {
                    break; // "Al Fula": a word after an article is the name, whatever it means alone
                }
                q--;
            }
            if (p >= q) {
                return;
            }
            if (p > from || q < to) {
                int again = known(p, q); // "Rudaw" once "English" is trimmed from "Rudaw English reporter"
                if (again > p) {
                    if (again < q) {
                        classify(again, q, end);
                    }
                    return;
                }
            }
            boolean titled = roleText.length() > 0 && hasTitle(roleText);
            if (roleText.length() > 0) {
                role = roleText.toString();
            }
            int words = q - p;
            String last = lower[q - 1];
            String first = lower[p];
            String acronym = acronymAfter(q, end);
            int precisionAfter = placeAfter(q, end);
            int precisionBefore = placeBefore(from);
            boolean placeCue = precisionAfter > 0 || precisionBefore > 0;
            int precision = Math.max(precisionAfter, precisionBefore);
            if (single(p, q) && lexicon.demonym(first) != null
                    || single(p, q) && commonAt(p) && !placeCue) {
                return; // "Army", "President", "Syrian" on their own; "Russian state media"
            }
            if (roleOnly(p, q, end)) {
                return;
            }
            if (divisionNamed(p, q, end, acronym)) {
                return; // "Madagali Local Government Area", "West Wollega Zone of Oromia"
            }
            if (acronym != null && gazetteered(p, q)) {
                // "Khyber Pakhtunkhwa (KP)": a division defined with its acronym is a place.
                add(p, q, Candidate.Category.PLACE, null, null, null, Math.max(1, precision), true, false, acronym,
                        false);
                return;
            }
            if (acronym != null) {
                PhraseIndex.Match<Lexeme> defined = dictionary.longest(keys, breaks, q + 1, q + 2);
                if (defined != null && accepts(defined.targets().get(0), q + 1, q + 2)) {
                    // "the Peoples' Protection Units (YPG)": a spelling the dictionary lacks, of an actor it knows.
                    add(p, q, Candidate.Category.KNOWN, defined.targets().get(0), null, null, 0, false, false, acronym);
                    return;
                }
                String type = orgHead(p, q);
                add(p, q, Candidate.Category.ORGANIZATION, null, type == null ? "organization" : type, null, 0, false,
                        false, acronym);
                return;
            }
            if (titled && !placeCue && bodyOfPlace(p, q)) {
                int start = lower[from].equals("the") ? from + 1 : from;
                add(start, q, Candidate.Category.ORGANIZATION, null, orgOrState(p, q), null, 0, false, false, acronym);
                return; // "General Prosecutors of Azerbaijan": a body of a country, not a person
            }
            if (titled && !placeCue) {
                add(p, q, Candidate.Category.PERSON, null, null, join(role, roleAround(from, q, end)), 0, false, false,
                        acronym);
                return;
            }
            int head = q < end && words <= 4 ? facilityAfter(q, end) : 0;
            if (head > 0) { // "Inates base", "Ras Isa fuel port": the name and its lower-case facility noun
                add(p, q + head, Candidate.Category.PLACE, null, null, null, 2, true, true, acronym, false);
                return;
            }
            String orgType = orgHead(p, q);
            if (orgType != null) {
                add(p, q, Candidate.Category.ORGANIZATION, null, orgType, null, 0, false, false, acronym);
                return;
            }
            if (facility(p, q)) {
                add(p, q, Candidate.Category.PLACE, null, null, null, 2, true, true, acronym);
                return;
            }
            List<GeoEntry> places = gazetteer.lookup(spanText(p, q), 3);
            if (places.isEmpty() && q < end && t.word(q) && !t.capitalized(q) && context.has("org-after", lower[q])
                    && someUncommonWord(p, q) && role == null) {
                add(p, q, Candidate.Category.ORGANIZATION, null, context.value("org-after", lower[q]), null, 0, false,
                        false, acronym);
                return; // "Ansar al-Furqan militants": a group the dictionary does not know
            }
            if (places.isEmpty() && hyphenated(p, q) && !speechNear(p, q, end) && role == null
                    && everyPartPlace(p, q)) {
                splitAtHyphens(p, q, end);
                return;
            }
            boolean gazetteered = !places.isEmpty() && !places.get(0).matchLevel().loose()
                    && places.get(0).matchLevel() != org.sitrep.geo.MatchLevel.DEMONYM;
            boolean speech = speechNear(p, q, end);
            // A speech verb makes a person of a name a village shares, not of a city ("El Fasher said").
            boolean town = gazetteered && (places.get(0).population() >= 10_000 || !places.get(0).isPlace()
                    || !places.get(0).featureCode().equals("PPL"));
            boolean weak = weakBefore(from);
            if (gazetteered && (town || !(speech && words >= 2 && !placeCue))) {
                // "Donetsk oblast", "Aleppo province": the division word is part of the name written.
                int stop = precisionAfter == 3 && placeWordAt(q, end) == 3 && t.word(q) ? q + 1 : q;
                add(p, stop, Candidate.Category.PLACE, null, null, null, weak ? Math.max(1, precision) : precision,
                        placeCue, false, acronym);
                return;
            }
            boolean digits = hasDigit(p) || words == 1 && t.allCaps(p);
            if (placeCue && precisionAfter > 0 && !digits) {
                add(p, q, Candidate.Category.PLACE, null, null, null, precision, true, false, acronym);
                return;
            }
            if (words >= 2 && words <= 4 && places.isEmpty() && personBefore(from) && !commonAt(p)
                    && !t.allCaps(p)) {
                add(p, q, Candidate.Category.PERSON, null, null, join(role, roleAround(from, q, end)), 0, false, false,
                        acronym); // "led by Vitel'homme Innocent", "according to X"
                return;
            }
            if (words >= 2 && words <= 4 && personShape(p, q)) {
                String written = roleAround(from, q, end);
                if (weak && !speech && role == null && written == null) {
                    // "in Cité Soleil": people are not what "in" and "at" lead to.
                    add(p, q, Candidate.Category.PLACE, null, null, null, 1, false, false, acronym);
                    return;
                }
                if (precisionBefore > 0 && !speech && role == null && written == null) {
                    // "near Garin Dole", "the village of Tumbun Alhaji": a place word before it says what it is.
                    add(p, q, Candidate.Category.PLACE, null, null, null, precision, true, false, acronym);
                    return;
                }
                add(p, q, Candidate.Category.PERSON, null, null, join(role, written), 0, false, false, acronym,
                        !speech && role == null && written == null);
                return;
            }
            if (placeCue && !places.isEmpty() && !digits) {
                add(p, q, Candidate.Category.PLACE, null, null, null, precision, true, false, acronym);
                return;
            }
            if (placeCue && precisionBefore > 0 && words <= 3 && before(from, "of") && !digits) {
                add(p, q, Candidate.Category.PLACE, null, null, null, precision, true, false, acronym);
                return;
            }
            add(p, q, Candidate.Category.UNKNOWN, null, null, role, weak && !digits ? Math.max(1, precision) : precision,
                    placeCue && !digits, false, acronym);
        }

        /**
         * "Borno State Governor Baba Zulum", "Minister of Cabinet Affairs Omar Hadi": a title inside a run of
         * capitalised words, with its institution before it, followed by two to four words shaped like a
         * person's name; the name is a person with the words before it as role. False when there is none.
         */
        private boolean personAfterLongTitle(int p, int to, int end) {
            for (int k = p; k < to - 2; k++) {
                PhraseIndex.Match<String> title = lexicon.titles().longest(keys, breaks, k, to);
                if (title == null || title.to() > to - 2) {
                    continue;
                }
                for (int n = Math.min(4, to - title.to()); n >= 2; n--) {
                    int name = to - n;
                    if (k == p && name == title.to()) {
                        return false; // "President Bashar al-Assad": the title right before the name, read below
                    }
                    if (personShape(name, to) && lexicon.demonym(lower[to - 1]) == null
                            && dictionary.longest(keys, breaks, name, to) == null) {
                        add(name, to, Candidate.Category.PERSON, null, null,
                                join(spanText(p, name), roleAround(p, to, end)), 0, false, false, acronymAfter(to, end));
                        return true;
                    }
                }
                return false;
            }
            return false;
        }

        /**
         * "National Security Adviser", "Jiribam Superintendent of Police": a run closed by a title with no
         * name after it names a post, not a person or a body; the words before the title are read alone.
         * True when the run was such a post.
         */
        private boolean roleOnly(int p, int q, int end) {
            for (int k = p; k < q; k++) {
                PhraseIndex.Match<String> title = lexicon.titles().longest(keys, breaks, k, q);
                if (title != null && (title.to() == q || portfolio(title.to(), q)) && (k > p || q - p >= 2)
                        && !(k - p >= 2 && personShape(p, k))) { // "Rami al Sayed": an honorific closing a name
                    if (k > p && nameToken(k - 1)) {
                        classify(p, k, end);
                    }
                    if (title.to() < q && gazetteered(title.to() + 1, q)) {
                        classify(title.to() + 1, q, end); // "Governor of Borno State": the place of the post
                    }
                    return true;
                }
            }
            return false;
        }

        /**
         * A run the gazetteer does not know as a whole, whose head is followed by capitalised division words
         * ("Local Government Area", "Zone", "State") at its end or before "of": the division is named by its
         * head, and what follows "of" is read alone ("West Wollega Zone of Oromia"). True when so.
         */
        private boolean divisionNamed(int p, int q, int end, String acronym) {
            for (int k = p + 2; k <= q; k++) {
                if (k < q && !(lower[k].equals("of") && k + 1 < q)) {
                    continue;
                }
                for (int n = Math.min(3, k - p - 1); n >= 1; n--) {
                    if ("admin".equals(context.value("place-after", joinLower(k - n, k))) && someUncommonWord(p, k - n)
                            && !connector(k - n - 1) && allCapitalized(k - n, k)) {
                        if (gazetteered(p, q)) {
                            return false; // a name the gazetteer has whole is that place (looked up last: it costs most)
                        }
                        add(p, k - n, Candidate.Category.PLACE, null, null, null, 3, true, false, k == q ? acronym : null,
                                false);
                        if (k < q) {
                            classify(k + 1, q, end);
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean allCapitalized(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!t.capitalized(k)) {
                    return false;
                }
            }
            return true;
        }

        /** "of Police", "for Foreign Affairs": the rest of a run after a title, naming the post's field. */
        private boolean portfolio(int from, int q) {
            return from + 1 < q && (lower[from].equals("of") || lower[from].equals("for")) && !personShape(from + 1, q)
                    && (q - from < 3 || !personShape(q - 2, q));
        }

        private boolean gazetteered(int p, int q) {
            List<GeoEntry> whole = gazetteer.lookup(spanText(p, q), 1);
            return !whole.isEmpty() && !whole.get(0).matchLevel().loose()
                    && whole.get(0).matchLevel() != org.sitrep.geo.MatchLevel.DEMONYM;
        }

        /** "Prosecutors of Azerbaijan": a span closed by "of" and a country's name. */
        private boolean bodyOfPlace(int p, int q) {
            for (int k = q - 2; k > p; k--) {
                if (lower[k].equals("of")) {
                    String place = spanText(k + 1, q);
                    return gazetteer.country(place).map(c -> c.name().equalsIgnoreCase(place)).orElse(false);
                }
            }
            return false;
        }

        private String orgOrState(int p, int q) {
            String type = orgHead(p, q);
            return type == null ? "government" : type;
        }

        /**
         * Not a person whatever its shape: a span closed by a demonym ("Karabakh Armenian", "Abducted
         * Nigerian"), or a photographer's credit written against a slash ("Jane Doe/AFP", "AP Photo/Jane Doe").
         */
        private boolean notAPerson(int from, int to) {
            if (lexicon.demonym(lower[to - 1]) != null) {
                return true; // "Abducted Nigerian"
            }
            for (int n = Math.min(2, from - s.firstToken()); n >= 1; n--) {
                if (context.has("vessel-before", joinLower(from - n, from))) {
                    return true; // "the aircraft carrier Harry S. Truman": a ship
                }
            }
            int start = t.start(from);
            int stop = t.end(to - 1);
            return start > 0 && text.charAt(start - 1) == '/' || stop < text.length() && text.charAt(stop) == '/';
        }

        private boolean hasDigit(int k) {
            for (int i = t.start(k); i < t.end(k); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The role written around a person's name: lower-case before it, with the name of its institution
         * ("Kremlin spokesperson Dmitry Peskov", "army spokesman X"), or in apposition after it ("X, a
         * spokesman for the army, said"). Null when none.
         */
        private String roleAround(int from, int q, int end) {
            for (int n = 1; n <= 3 && from - n >= s.firstToken(); n++) {
                PhraseIndex.Match<String> m = lexicon.roles().longest(keys, breaks, from - n, from);
                if (m != null && m.to() == from && !t.capitalized(from - n)) {
                    int start = from - n;
                    // The institution right before the role: "Kremlin spokesperson", "UN humanitarian chief".
                    while (start - 1 >= s.firstToken() && t.word(start - 1) && t.capitalized(start - 1)
                            && !commonAt(start - 1)) {
                        start--;
                    }
                    return spanText(start, from);
                }
            }
            if (q + 2 < end && t.is(q, ",") && (lower[q + 1].equals("a") || lower[q + 1].equals("an")
                    || lower[q + 1].equals("the"))) {
                int stop = q + 2;
                while (stop < end && !t.is(stop, ",") && !t.is(stop, ".") && stop - q < 12) {
                    stop++;
                }
                for (int k = q + 2; k < stop; k++) {
                    if (lexicon.roles().longest(keys, breaks, k, stop) != null) {
                        return spanText(q + 2, stop);
                    }
                }
            }
            return null;
        }

        private String join(String title, String written) {
            if (title == null) {
                return written;
            }
            return written == null ? title : title + "; " + written;
        }

        private boolean hyphenated(int p, int q) {
            for (int k = p + 1; k < q - 1; k++) {
                if (hyphenJoin(k, q)) {
                    return true;
                }
            }
            return false;
        }

        private boolean everyPartPlace(int p, int q) {
            int from = p;
            for (int k = p + 1; k <= q; k++) {
                if (k == q || hyphenJoin(k, q)) {
                    List<GeoEntry> part = gazetteer.lookup(spanText(from, k), 1);
                    if (part.isEmpty() || part.get(0).matchLevel().loose()) {
                        return false;
                    }
                    from = k + 1;
                }
            }
            return true;
        }

        /** "Idlib-Sarmada", "Atarib-Kafr Karmin": two names joined by a hyphen, each classified alone. */
        private void splitAtHyphens(int p, int q, int end) {
            int from = p;
            for (int k = p + 1; k < q - 1; k++) {
                if (hyphenJoin(k, q)) {
                    classify(from, k, end);
                    from = k + 1;
                }
            }
            classify(from, q, end);
        }

        private boolean hasTitle(CharSequence roleText) {
            return roleText.length() > 0 && !Character.isLowerCase(roleText.charAt(0)) && lexicon.titles().size() > 0
                    && !allDemonyms(roleText.toString());
        }

        private boolean allDemonyms(String words) {
            for (String w : words.split(" ")) {
                if (lexicon.demonym(w.toLowerCase(Locale.ROOT)) == null) {
                    return false;
                }
            }
            return true;
        }

        /** People's names: two to four capitalised words, none of them a common word or a head noun. */
        private boolean personShape(int p, int q) {
            for (int k = p; k < q; k++) {
                if (middleInitial(k, q)) {
                    continue;
                }
                if (!t.word(k)) {
                    return false;
                }
                if (connector(k)) {
                    if (lower[k].equals("of") || lower[k].equals("for")) {
                        return false;
                    }
                    continue;
                }
                if (commonAt(k) || t.allCaps(k) && t.length(k) > 1 || Character.isDigit(t.first(k))) {
                    return false;
                }
            }
            return true;
        }

        private String orgHead(int p, int q) {
            if (!someUncommonWord(p, q)) {
                return null; // "City Center", "Special Operations Center": a description, not a name
            }
            for (int n = Math.min(2, q - p); n >= 1; n--) {
                String v = context.value("org", joinLower(q - n, q));
                if (v != null && q - p > n) {
                    return v;
                }
            }
            // "Operation Safe Haven": a named military operation is the force that runs it.
            if (q - p >= 2) {
                String v = context.value("org-start", lower[p]);
                if (v != null) {
                    return v;
                }
            }
            // "Ministry of Defence", "Army of Conquest": the head noun opens the name.
            if (q - p >= 3 && lower[p + 1].equals("of")) {
                String v = context.value("org", lower[p]);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        private boolean allCapitalizedCommon(int p, int q) {
            for (int k = p; k < q; k++) {
                if (!commonAt(k) && lexicon.demonym(lower[k]) == null) {
                    return false;
                }
            }
            return true;
        }

        private boolean someUncommonWord(int p, int q) {
            for (int k = p; k < q; k++) {
                if (t.word(k) && !connector(k) && !commonAt(k)) {
                    return true;
                }
            }
            return false;
        }

        private boolean facility(int p, int q) {
            if (q - p < 2) {
                return false;
            }
            for (int n = Math.min(2, q - p - 1); n >= 1; n--) {
                if ("end".equals(context.value("facility", joinLower(q - n, q)))) {
                    return true;
                }
            }
            String open = context.value("facility", lower[p]);
            return "start".equals(open) || "end".equals(open) && q - p >= 3 && lower[p + 1].equals("of");
        }

        /**
         * The number of lower-case words at {@code q} that close a facility's name ("base", "fuel port"), or 0:
         * the longest phrase of the facility list first.
         */
        private int facilityAfter(int q, int end) {
            for (int n = Math.min(2, end - q); n >= 1; n--) {
                boolean lowerWords = true;
                for (int k = q; k < q + n; k++) {
                    lowerWords &= t.word(k) && !t.capitalized(k);
                }
                if (lowerWords && "end".equals(context.value("facility", joinLower(q, q + n)))) {
                    return n;
                }
            }
            return 0;
        }

        /**
         * The precision a place word right after the name gives (3 for a division), or 0; also a plural place
         * word after the list the name opens ("the Abbas and Nour neighbourhoods", "Ghor, Ward and Hama
         * provinces").
         */
        private int placeAfter(int q, int end) {
            int v = placeWordAt(q, end);
            if (v != 0 || q >= end || !(lower[q].equals("and") || lower[q].equals(","))) {
                return v;
            }
            int k = q;
            for (int items = 0; items < ListedPlaces.MAX_ITEMS && k < end; items++) {
                if (!(lower[k].equals("and") || lower[k].equals(","))) {
                    return 0;
                }
                k++;
                if (k < end && lower[k].equals("and")) {
                    k++; // "A, B, and C"
                }
                int name = k;
                while (k < end && k - name < ListedPlaces.MAX_WORDS && t.word(k) && t.capitalized(k)) {
                    k++;
                }
                if (k == name) {
                    return 0;
                }
                int after = placeWordAt(k, end);
                if (after != 0) {
                    return ListedPlaces.plural(lower[k]) ? after : 0;
                }
            }
            return 0;
        }

        private int placeWordAt(int q, int end) {
            if (q >= end) {
                return 0;
            }
            for (int n = Math.min(2, end - q); n >= 1; n--) {
                String v = context.value("place-after", joinLower(q, q + n));
                if (v != null) {
                    return v.equals("admin") ? 3 : Integer.parseInt(v);
                }
            }
            return 0;
        }

        /** The precision a place phrase right before the name gives, or 0. */
        private int placeBefore(int from) {
            for (int n = Math.min(4, from - s.firstToken()); n >= 1; n--) {
                String v = context.value("place-before", joinLower(from - n, from));
                if (v != null) {
                    return v.equals("weak") ? 0 : Integer.parseInt(v);
                }
            }
            return 0;
        }

        /** Words right before a name that make it a person ("according to", "led by"). */
        private boolean personBefore(int from) {
            for (int n = Math.min(2, from - s.firstToken()); n >= 1; n--) {
                if (context.has("person-before", joinLower(from - n, from))) {
                    return true;
                }
            }
            return false;
        }

        /** A plain preposition right before the name ("in", "at", "from"): a hint of a place, never proof. */
        private boolean weakBefore(int from) {
            return from - 1 >= s.firstToken() && "weak".equals(context.value("place-before", lower[from - 1]));
        }

        private boolean before(int from, String word) {
            return from - 1 >= s.firstToken() && lower[from - 1].equals(word);
        }

        private boolean speechNear(int p, int q, int end) {
            if (q < end && context.has("speech", lower[q])) {
                return true;
            }
            if (q + 1 < end && lower[q].equals(",") && context.has("speech", lower[q + 1])) {
                return true;
            }
            return p - 1 >= s.firstToken() && context.has("speech", lower[p - 1]);
        }

        /** "(HTS)" right after a name: the acronym, else null. */
        private String acronymAfter(int q, int end) {
            if (q + 2 < end && t.is(q, "(") && t.is(q + 2, ")") && t.allCaps(q + 2 - 1)
                    && ActorDictionary.isAcronym(t.text(q + 1))) {
                return t.text(q + 1);
            }
            return null;
        }

        private boolean afterOpening(int p) {
            if (p - 1 < s.firstToken()) {
                return true;
            }
            String prev = lower[p - 1];
            return prev.equals("\"") || prev.equals("\u201c") || prev.equals("(") || prev.equals(":")
                    || prev.equals("\u2014") || prev.equals("-") || prev.equals("\u2018");
        }

        /** The period of a middle initial between two names: "Ishaya M. Fompun". */
        private boolean middleInitial(int k, int end) {
            return k + 1 < end && k - 2 >= s.firstToken() && t.is(k, ".") && t.length(k - 1) == 1
                    && Character.isUpperCase(t.first(k - 1)) && t.end(k - 1) == t.start(k) && nameToken(k + 1)
                    && t.capitalized(k - 2);
        }

        /** A hyphen written tight between two names ("Damascus-Aleppo"). */
        private boolean hyphenJoin(int k, int end) {
            return k + 1 < end && (t.is(k, "-") || t.is(k, "\u2011")) && t.end(k - 1) == t.start(k)
                    && t.end(k) == t.start(k + 1) && nameToken(k + 1);
        }

        /** A common English word, unless written in capitals as an acronym ("US", "WHO"). */
        private boolean commonAt(int k) {
            if (t.allCaps(k) && t.length(k) > 1) {
                return false;
            }
            String w = lower[k];
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
            return lexicon.common(apostrophe > 0 ? w.substring(0, apostrophe) : w); // "We're"
        }

        private boolean single(int p, int q) {
            return q - p == 1;
        }

        private boolean connector(int k) {
            if (!t.word(k) || t.capitalized(k) || !context.has("connector", lower[k]) || lower[k].equals("and")
                    || lower[k].equals("on") || lower[k].equals("the") || lower[k].equals("y")) {
                return false;
            }
            // "for" joins an organisation's name ("Observatory for Human Rights"), not a byline ("X for Y").
            return !lower[k].equals("for") || k > s.firstToken() && context.value("org", lower[k - 1]) != null;
        }

        /** A word that can be part of a name: capitalised, "al-Sham", a handle, or "46th" before a name. */
        private boolean nameToken(int k) {
            if (k >= s.endToken() || !t.word(k) && t.first(k) != '@') {
                return false;
            }
            char c = t.first(k);
            if (c == '@') {
                return true;
            }
            if (Character.isUpperCase(c)) {
                return !adjectiveCompound(k);
            }
            int hyphen = lower[k].indexOf('-');
            if (hyphen > 0 && hyphen <= 3 && hyphen + 1 < lower[k].length()) {
                String article = lower[k].substring(0, hyphen);
                return (lexicon.folder().isArticle(article) || context.has("connector", article))
                        && Character.isUpperCase(text.charAt(t.start(k) + hyphen + 1));
            }
            return Character.isDigit(c) && k + 1 < s.endToken() && t.capitalized(k + 1) && hasLetter(k);
        }

        /** The name inside "RSF-held" or "Idlib-based": a known actor or a place, else nothing. */
        private void compoundPrefix(int k) {
            int hyphen = lower[k].indexOf('-');
            String prefix = text.substring(t.start(k), t.start(k) + hyphen);
            if (lexicon.demonym(prefix.toLowerCase(Locale.ROOT)) != null || lexicon.common(prefix.toLowerCase(Locale.ROOT))
                    || prefix.length() < 2) {
                return;
            }
            String key = PhraseIndex.fold(prefix, lexicon.folder());
            PhraseIndex.Match<Lexeme> m = key == null ? null
                    : dictionary.longest(new String[] {key}, new boolean[1], 0, 1);
            int start = t.start(k);
            int stop = start + hyphen;
            if (m != null) {
                for (Lexeme x : m.targets()) {
                    if (!x.description() && (!x.exactCase() || sameLetters(prefix, x.surface()))) {
                        out.add(new Candidate(zone, s.index(), start, stop, prefix, Candidate.Category.KNOWN, x, null,
                                null, 0, false, false, null, false));
                        return;
                    }
                }
            }
            List<GeoEntry> places = gazetteer.lookup(prefix, 1);
            if (!places.isEmpty() && !places.get(0).matchLevel().loose()) {
                out.add(new Candidate(zone, s.index(), start, stop, prefix, Candidate.Category.PLACE, null, null, null,
                        0, false, false, null, false));
            }
        }

        /** "Russian-occupied", "Idlib-based", "RSF-held": a capitalised word made an adjective by its suffix. */
        private boolean adjectiveCompound(int k) {
            int hyphen = lower[k].lastIndexOf('-');
            return hyphen > 0 && hyphen + 1 < lower[k].length()
                    && Character.isLowerCase(text.charAt(t.start(k) + hyphen + 1))
                    && !lexicon.folder().isArticle(lower[k].substring(0, hyphen)); // "El-salini" is a name
        }

        private boolean hasLetter(int k) {
            for (int i = t.start(k); i < t.end(k); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private String joinLower(int from, int to) {
            if (to - from == 1) {
                return lower[from];
            }
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from) {
                    b.append(' ');
                }
                b.append(lower[k]);
            }
            return b.toString();
        }

        private String spanText(int from, int to) {
            return text.substring(t.start(from), t.end(to - 1));
        }

        private void add(int from, int to, Candidate.Category category, Lexeme lexeme, String orgType, String role,
                         int precision, boolean placeCue, boolean facility, String acronym) {
            add(from, to, category, lexeme, orgType, role, precision, placeCue, facility, acronym, false);
        }

        private void add(int from, int to, Candidate.Category category, Lexeme lexeme, String orgType, String role,
                         int precision, boolean placeCue, boolean facility, String acronym, boolean guess) {
            if (category == Candidate.Category.PERSON && notAPerson(from, to)) {
                return;
            }
            if (category == Candidate.Category.PERSON && to - from >= 2 && lexicon.placeEnd(lower[to - 1])) {
                category = Candidate.Category.PLACE; // "Bab el-Mandeb Strait": a place noun closes it
                role = null;
                precision = Math.max(1, precision);
                placeCue = true;
            }
            out.add(new Candidate(zone, s.index(), t.start(from), t.end(to - 1), spanText(from, to), category, lexeme,
                    orgType, role, precision, placeCue, facility, acronym, guess));
        }
    }

    /** Equal letters and digits, ignoring spaces and dots ("U.N." and "U.N." but not "Un"). */
    static boolean sameLetters(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i) != b.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
    }
}
