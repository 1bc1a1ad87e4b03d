package org.sitrep.extract.quote;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.model.Tokens;

/**
 * The cues of {@code quotes.tsv} with the speech verbs of the attribution lexicon, loaded once and shared
 * by all threads.
 */
public final class QuoteLexicon {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/quotes.tsv";

    private final CuePhrases<String> reportingVerbs;
    private final CuePhrases<String> quotingVerbs;
    private final CuePhrases<String> sourceAfter;
    private final CuePhrases<String> according;
    private final CuePhrases<String> personPronouns;
    private final CuePhrases<String> groupPronouns;
    private final CuePhrases<String> indefinite;

    private QuoteLexicon(CueTable table, CuePhrases<String> reportingVerbs) {
        this.reportingVerbs = reportingVerbs;
        quotingVerbs = table.phrases("speech");
        sourceAfter = table.phrases("source-after");
        according = table.phrases("according");
        personPronouns = table.phrases("person-pronoun");
        groupPronouns = table.phrases("group-pronoun");
        indefinite = table.phrases("indefinite");
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
