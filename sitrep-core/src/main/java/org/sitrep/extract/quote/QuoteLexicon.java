package org.sitrep.extract.quote;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.model.Tokens;
import org.sitrep.util.TsvResource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The cues of {@code quotes.tsv} with the speech verbs of the attribution lexicon, loaded once and shared
 * by all threads.
 */
public final class QuoteLexicon {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/quotes.tsv";
    /** The titles and roles of people (kinds {@code title} and {@code role}), whose words are not names. */
    static final String ROLES_RESOURCE = "/sitrep/data/roles.tsv";
    /** Common English words, which a capitalised word opening a sentence may be rather than a name. */
    static final String COMMON_RESOURCE = "/sitrep/data/common-words.txt";
    /** The day and month names ({@code date-words.tsv}), which are not names of speakers. */
    static final String DATE_RESOURCE = "/sitrep/data/date-words.tsv";
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "the", "and", "to", "in", "on", "at",
            "de", "del", "la", "le", "al", "el", "&");

    private final CuePhrases<String> reportingVerbs;
    private final CuePhrases<String> quotingVerbs;
    private final CuePhrases<String> sourceAfter;
    private final CuePhrases<String> according;
    private final CuePhrases<String> personPronouns;
    private final CuePhrases<String> groupPronouns;
    private final CuePhrases<String> indefinite;
    private final CuePhrases<String> speakerNouns;
    private final CuePhrases<String> descriptionStops;
    private final CuePhrases<String> modifierPrepositions;
    private final CuePhrases<String> carryOn;
    private final CuePhrases<String> relatives;
    private final WrittenNames writtenNames;

    private QuoteLexicon(CueTable table, CuePhrases<String> reportingVerbs) {
        this.reportingVerbs = reportingVerbs;
        quotingVerbs = table.phrases("speech");
        sourceAfter = table.phrases("source-after");
        according = table.phrases("according");
        personPronouns = table.phrases("person-pronoun");
        groupPronouns = table.phrases("group-pronoun");
        indefinite = table.phrases("indefinite");
        speakerNouns = table.phrases("speaker-noun");
        descriptionStops = table.phrases("description-stop");
        modifierPrepositions = table.phrases("modifier-preposition");
        carryOn = table.phrases("carry-on");
        relatives = table.phrases("relative");
        writtenNames = new WrittenNames(titleWords(), Set.copyOf(TsvResource.lines(COMMON_RESOURCE)), calendarWords());
    }

    /** The day and month names, none of which is a speaker's name. */
    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (String[] row : TsvResource.rows(DATE_RESOURCE, 2)) {
            if (row[0].equals("weekday") || row[0].equals("month")) {
                words.add(row[1].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> titleWords() {
        Set<String> words = new HashSet<>();
        for (String[] row : TsvResource.rows(ROLES_RESOURCE, 2)) {
            if (row[1].equals("title") || row[1].equals("role")) {
                for (String w : row[0].toLowerCase(Locale.ROOT).split("[\\s]+")) {
                    if (!FUNCTION_WORDS.contains(w)) {
                        words.add(w);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    WrittenNames writtenNames() {
        return writtenNames;
    }

    /** What the noun at token {@code i} describes: "person", "group", "document", or null. */
    String speakerNoun(Tokens tokens, int i) {
        CuePhrases.Match<String> m = speakerNouns.at(tokens, i, i + 1);
        return m == null ? null : m.value();
    }

    /** True when the indefinite determiner at token {@code i} describes one person ("a", "an"), not a number of them. */
    boolean describingOpener(Tokens tokens, int i) {
        CuePhrases.Match<String> m = indefinite.at(tokens, i, i + 1);
        return m != null && "describing".equals(m.value());
    }

    /** True when the word at token {@code i} opens a relative clause ("who", "which"). */
    boolean relative(Tokens tokens, int i) {
        return relatives.at(tokens, i, i + 1) != null;
    }

    /** True when the word at token {@code i} carries on the speech of the sentence before ("But"). */
    boolean carriesOn(Tokens tokens, int i) {
        return carryOn.at(tokens, i, i + 1) != null;
    }

    /** True when the word at token {@code i} ends the head of a description ("of", "who"). */
    boolean descriptionStop(Tokens tokens, int i) {
        return descriptionStops.at(tokens, i, i + 1) != null;
    }

    /** True when a person named after the word at token {@code i} is not a subject's head ("led by X"). */
    boolean modifierPreposition(Tokens tokens, int i) {
        return modifierPrepositions.at(tokens, i, i + 1) != null;
    }

    /** The default file, with the speech verbs of attribution ({@code AttributionLexicon.speechVerbs()}). */
    public static QuoteLexicon loadDefault(CuePhrases<String> speechVerbs) {
        return new QuoteLexicon(CueTable.load(DEFAULT_RESOURCE), speechVerbs);
    }

    /** The longest speech verb at token {@code i} (either list), or null. */
    CuePhrases.Match<String> speechAt(Tokens tokens, int i, int to) {
        CuePhrases.Match<String> a = reportingVerbs.at(tokens, i, to);
        CuePhrases.Match<String> b = quotingVerbs.at(tokens, i, to);
        if (a == null) {
            return b;
        }
        return b == null || a.end() >= b.end() ? a : b;
    }

    CuePhrases.Match<String> sourceAfterAt(Tokens tokens, int i, int to) {
        return sourceAfter.at(tokens, i, to);
    }

    CuePhrases.Match<String> accordingAt(Tokens tokens, int i, int to) {
        return according.at(tokens, i, to);
    }

    boolean personPronoun(Tokens tokens, int i) {
        return personPronouns.at(tokens, i, i + 1) != null;
    }

    boolean groupPronoun(Tokens tokens, int i) {
        return groupPronouns.at(tokens, i, i + 1) != null;
    }

    /** True when an indefinite determiner or noun starts at token {@code i} ("a", "one", "a source"). */
    boolean indefiniteAt(Tokens tokens, int i, int to) {
        return indefinite.at(tokens, i, to) != null;
    }

    /** True when an indefinite noun starts at token {@code i} ("source", "someone"), which counts anywhere in a subject. */
    boolean indefiniteNounAt(Tokens tokens, int i, int to) {
        CuePhrases.Match<String> m = indefinite.at(tokens, i, to);
        return m != null && "noun".equals(m.value());
    }
}
