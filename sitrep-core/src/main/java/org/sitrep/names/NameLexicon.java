package org.sitrep.names;

import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.NameFolder;
import org.sitrep.text.Tokenizer;
import org.sitrep.time.DateWords;
import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the name recogniser must know that are not names: titles and roles of people
 * ({@code roles.tsv}), common English words that open sentences ({@code common-words.txt}), capitalised
 * words that never name anyone ({@code not-names.tsv}), demonyms, months and weekdays, and the context
 * words of {@code name-context.tsv}. Immutable, shared by all threads.
 */
public final class NameLexicon {
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    private final PhraseIndex<String> roles = new PhraseIndex<>();
    private final Set<String> commonWords;
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> prefixOnly = new HashSet<>();
    private final Set<String> placeEnds = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>(); // lower case -> ISO2
    private final Set<String> calendar = new HashSet<>();
    private final NameContext context;
    private final NameFolder folder;

    private NameLexicon(NameFolder folder, Set<String> commonWords, NameContext context) {
        this.folder = folder;
        this.commonWords = commonWords;
        this.context = context;
    }

    public static NameLexicon loadDefault(Gazetteer gazetteer, Tokenizer tokenizer, DateWords dateWords) {
        NameLexicon lex = new NameLexicon(gazetteer.folder(),
                NameContext.lowerSet(TsvResource.lines(ActorDictionary.DATA + "common-words.txt")),
                NameContext.loadDefault());
        for (String[] row : TsvResource.rows(ActorDictionary.DATA + "roles.tsv", 2)) {
            PhraseIndex<String> target = switch (row[1]) {
                case "title" -> lex.titles;
                case "role" -> lex.roles;
                default -> null;
            };
            if (target != null) {
                target.add(PhraseIndex.words(row[0], gazetteer.folder(), tokenizer), row[0]);
            }
            String notes = row.length > 2 ? row[2] : "";
            if (row[1].equals("place-word") && !row[0].contains(" ") && !notes.contains("also a surname")
                    && (notes.contains("end") || notes.contains("both"))) {
                lex.placeEnds.add(row[0].toLowerCase(Locale.ROOT));
            }
        }
        for (String[] row : TsvResource.rows(ActorDictionary.DATA + "not-names.tsv", 2)) {
            String w = row[0].toLowerCase(Locale.ROOT);
            if (row[1].equals("prefix-only")) {
                lex.prefixOnly.add(w);
            } else {
                lex.notNames.add(w);
            }
        }
        for (Country c : gazetteer.countries()) {
            for (String d : c.demonyms()) {
                String lower = d.toLowerCase(Locale.ROOT);
                lex.demonyms.putIfAbsent(lower, c.code());
                lex.demonyms.putIfAbsent(lower + "s", c.code());
            }
        }
        lex.calendar.addAll(dateWords.months().keySet());
        lex.calendar.addAll(dateWords.weekdays().keySet());
        lex.calendar.addAll(dateWords.weekdayAbbreviations().keySet());
        return lex;
    }

    public PhraseIndex<String> titles() {
        return titles;
    }

    public PhraseIndex<String> roles() {
        return roles;
    }

    public NameContext context() {
        return context;
    }

    public NameFolder folder() {
        return folder;
    }

    /** True for a common English word (given in lower case). */
    /** A place noun that closes place names and never a person's ("Strait", "Prison", "Province"). */
    public boolean placeEnd(String lower) {
        return placeEnds.contains(lower);
    }

    public boolean common(String lower) {
        return commonWords.contains(lower);
    }

    /** True for a capitalised word that never names anyone on its own ("Kurdish", "Sunni", "Live"). */
    public boolean notName(String lower) {
        return notNames.contains(lower) || calendar.contains(lower) || calendar.contains(stripDot(lower));
    }

    /** True for a month or weekday name or abbreviation (given in lower case). */
    public boolean calendar(String lower) {
        return calendar.contains(lower) || calendar.contains(stripDot(lower));
    }

    /** True for a word that only ever starts a longer name ("Islamic"). */
    public boolean prefixOnly(String lower) {
        return prefixOnly.contains(lower);
    }

    /** The ISO code of the country a demonym belongs to ("syrian" and "syrians" give SY), or null. */
    public String demonym(String lower) {
        return demonyms.get(lower);
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
