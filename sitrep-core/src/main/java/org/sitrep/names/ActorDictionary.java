package org.sitrep.names;

import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.NameFolder;
import org.sitrep.model.EntityType;
import org.sitrep.text.Tokenizer;
import org.sitrep.util.TsvResource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every actor, description and region Sitrep knows by name, in one {@link PhraseIndex}: the named actors of
 * {@code actors/*.tsv}, the state actors generated for every country from {@code actor-countries.tsv}'s
 * templates ("Military Forces of {of}"), the descriptions of {@code actor-descriptions.tsv} expanded with
 * every country's demonyms and names ("{demonym} army" gives "Sudanese army"), and {@code regions.tsv}.
 * Built once, read-only, shared by all threads.
 */
public final class ActorDictionary {
    static final String DATA = "/sitrep/data/";

    private final PhraseIndex<Lexeme> index = new PhraseIndex<>();
    private final SlotPhraseIndex<Template, Fill> described = new SlotPhraseIndex<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Actor> stateActors = new HashMap<>(); // "SY:military"
    private final Map<String, Actor> stateByName = new HashMap<>(); // folded "military forces of syria"
    private final Map<String, Actor> units = new HashMap<>(); // "state:US:unit:us central command" -> its state actor
    private final NameFolder folder;
    private final Tokenizer tokenizer;
    private final java.util.Set<String> commonWords = new java.util.HashSet<>();
    private final Map<String, String> slotDescriptions = new LinkedHashMap<>(); // "{demonym} army" -> "military"

    private ActorDictionary(NameFolder folder, Tokenizer tokenizer) {
        this.folder = folder;
        this.tokenizer = tokenizer;
    }

    public static ActorDictionary loadDefault(Gazetteer gazetteer, Tokenizer tokenizer) {
        ActorDictionary d = new ActorDictionary(gazetteer.folder(), tokenizer);
        d.commonWords.addAll(TsvResource.lines(DATA + "common-words.txt"));
        d.loadStateActors(gazetteer);
        for (String file : TsvResource.lines(DATA + "actors/index.txt")) {
            d.loadActors(DATA + "actors/" + file);
        }
        d.loadRegions();
        return d;
    }

    public NameFolder folder() {
        return folder;
    }

    /** The actor with this id, or null. */
    public Actor actor(String id) {
        return actors.get(id);
    }

    /** The generated actor of a country for a template kind ("SD", "military"), or null. */
    public Actor stateActor(String country, String kind) {
        return country == null ? null : stateActors.get(country + ":" + kind);
    }

    public int size() {
        return actors.size();
    }

    /**
     * Every name, description without a country slot and region of the dictionary, each with the phrase it was
     * listed as ({@link Lexeme#surface()}): for indexes built on the dictionary's words, such as the relevance gate.
     */
    public List<Lexeme> lexemes() {
        return index.targets();
    }

    /** The descriptions with a country slot as written ("{demonym} army"), with the template kind each describes. */
    public Map<String, String> slotDescriptions() {
        return Collections.unmodifiableMap(slotDescriptions);
    }

    private void loadStateActors(Gazetteer gazetteer) {
        Map<String, String[]> forms = new HashMap<>(); // iso2 -> {of, plain}
        Map<String, List<String>> shortForms = new HashMap<>(); // iso2 -> "US", "U.S.""
        Map<String, String[]> templates = new LinkedHashMap<>(); // kind -> {pattern, type}
        for (String[] row : TsvResource.rows(DATA + "actor-countries.tsv", 3)) {
            if (row[0].equals("template")) {
                templates.put(row[1], new String[] {row[2], row.length > 3 ? row[3] : ""});
            } else {
                forms.put(row[0], new String[] {row[1], row[2]});
                if (row.length > 4 && !row[4].isEmpty()) {
                    shortForms.put(row[0], List.of(row[4].split("\\|")));
                }
            }
        }
        List<String[]> descriptions = TsvResource.rows(DATA + "actor-descriptions.tsv", 2);
        // Patterns with a country slot are kept once, their slot read from the countries' demonyms and names.
        for (String[] row : descriptions) {
            String slot = row[0].contains("{demonym}") ? "{demonym}" : row[0].contains("{country}") ? "{country}" : null;
            if (slot != null && templates.containsKey(row[1])) { // a kind with no state actor describes none
                int at = row[0].indexOf(slot);
                described.addPattern(PhraseIndex.words(row[0].substring(0, at), folder, tokenizer), slot,
                        PhraseIndex.words(row[0].substring(at + slot.length()), folder, tokenizer),
                        new Template(row[0], row[1], slot));
                slotDescriptions.put(row[0], row[1]);
            }
        }
        Map<String, List<String>> folded = new HashMap<>();
        for (Country c : gazetteer.countries()) {
            String[] form = forms.getOrDefault(c.code(), new String[] {c.name(), c.name()});
            for (Map.Entry<String, String[]> t : templates.entrySet()) {
                String name = t.getValue()[0].replace("{of}", form[0]).replace("{plain}", form[1]);
                EntityType type = t.getValue()[1].isEmpty() || t.getValue()[1].equals("civilians") ? null
                        : EntityType.of(t.getValue()[1]);
                Actor a = new Actor("state:" + c.code() + ":" + t.getKey(), name, type, c.code(), name, t.getKey(),
                        List.of());
                actors.put(a.id(), a);
                stateActors.put(c.code() + ":" + t.getKey(), a);
                stateByName.putIfAbsent(folder.fold(name), a);
                add(name, new Lexeme(a, null, null, name, false, true, false));
            }
            List<String> shorts = shortForms.getOrDefault(c.code(), List.of());
            List<String> countryNames = new ArrayList<>(List.of(c.name(), form[1]));
            countryNames.addAll(shorts);
            List<String> demonyms = new ArrayList<>(c.demonyms());
            demonyms.addAll(shorts);
            for (String fill : demonyms) {
                described.addFill("{demonym}", folded.computeIfAbsent(fill, f -> PhraseIndex.words(f, folder, tokenizer)),
                        new Fill(c.code(), fill));
            }
            for (String fill : countryNames) {
                described.addFill("{country}", folded.computeIfAbsent(fill, f -> PhraseIndex.words(f, folder, tokenizer)),
                        new Fill(c.code(), fill));
            }
        }
        for (String[] row : descriptions) {
            if (!row[0].contains("{")) {
                add(row[0], new Lexeme(null, row[1], null, row[0], false, false, true));
            }
        }
    }

    /** A description pattern with a country slot: "{demonym} troops" describes the military of a country. */
    private record Template(String pattern, String kind, String slot) {
    }

    /** A country's demonym or name as it fills a slot. */
    private record Fill(String country, String written) {
    }

    /**
     * The longest phrase of the dictionary starting at word {@code from} of {@code keys} (folded tokens, null
     * or empty for tokens to skip), not going past {@code to}, with all it may stand for; null when none. A
     * description with a country slot ("Sudanese troops") comes before a name spelt the same, as it was
     * listed first.
     */
    public PhraseIndex.Match<Lexeme> longest(String[] keys, boolean[] breaks, int from, int to) {
        PhraseIndex.Match<Lexeme> named = index.longest(keys, breaks, from, to);
        PhraseIndex.Match<SlotPhraseIndex.Filled<Template, Fill>> filled = described.longest(keys, breaks, from, to);
        if (filled == null || named != null && named.to() > filled.to()) {
            return named;
        }
        List<Lexeme> targets = new ArrayList<>();
        for (SlotPhraseIndex.Filled<Template, Fill> f : filled.targets()) {
            Actor a = stateActors.get(f.fill().country() + ":" + f.pattern().kind());
            Lexeme x = new Lexeme(a, null, null, f.pattern().pattern().replace(f.pattern().slot(), f.fill().written()),
                    false, f.pattern().pattern().startsWith("{"), true);
            if (!targets.contains(x)) {
                targets.add(x);
            }
        }
        if (named != null && named.to() == filled.to()) {
            for (Lexeme x : named.targets()) {
                if (!targets.contains(x)) {
                    targets.add(x);
                }
            }
        }
        return new PhraseIndex.Match<>(from, filled.to(), targets);
    }

    private void loadActors(String resource) {
        for (String[] row : TsvResource.rows(resource, 4)) {
            String name = row[0];
            String id = "actor:" + folder.fold(name);
            List<String> aliases = new ArrayList<>();
            for (String alias : row[3].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
            String acled = row.length > 4 ? row[4] : "";
            Actor state = stateByName.get(folder.fold(acled));
            if (state != null) {
                // A named institution ACLED codes as a state actor (the IDF, the Tatmadaw, the Kremlin) is a
                // name of that actor.
                add(name, new Lexeme(state, null, null, name, isAcronym(name), true, false));
                for (String alias : aliases) {
                    add(alias, lexeme(state, alias));
                }
                continue;
            }
            Actor coded = codedAs(acled);
            if (coded != null) {
                // A unit or institution ACLED codes as a state actor with itself as the associated actor
                // ("Military Forces of the United States" for US Central Command) keeps its own name, as an
                // entity and a speaker, under a key of that state: acting by force it is the state actor.
                unit(name, EntityType.of(row[1]), coded, acled, aliases);
                continue;
            }
            Actor a = new Actor(id, name, EntityType.of(row[1]), row[2], acled, "", aliases);
            if (actors.putIfAbsent(id, a) != null) {
                continue; // the same body listed by two regional files: the first wins
            }
            add(name, lexeme(a, name));
            for (String alias : aliases) {
                add(alias, lexeme(a, alias));
            }
            if (!acled.isEmpty() && !acled.equals(name)) {
                add(acled, lexeme(a, acled));
            }
        }
    }

    /**
     * The generated state actor an {@code acled} value begins with, followed by more words: "Military Forces
     * of Cameroon Rapid Intervention Battalion" is ACLED's "Military Forces of Cameroon (1982-) Rapid
     * Intervention Battalion" with the years dropped. Null when the value names no state actor first.
     */
    private Actor codedAs(String acled) {
        String f = folder.fold(acled);
        for (int i = f.lastIndexOf(' '); i > 0; i = f.lastIndexOf(' ', i - 1)) {
            Actor state = stateByName.get(f.substring(0, i));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    private void unit(String name, EntityType type, Actor coded, String acled, List<String> aliases) {
        String id = "state:" + coded.country() + ":unit:" + folder.fold(name);
        Actor a = new Actor(id, name, type, coded.country(), acled, "unit", aliases);
        if (actors.putIfAbsent(id, a) != null) {
            return;
        }
        units.put(id, coded);
        add(name, lexeme(a, name));
        for (String alias : aliases) {
            add(alias, lexeme(a, alias));
        }
    }

    /**
     * The state actor a state body's mention stands for when it acts by force: a government, command or
     * ministry is its country's military, a unit the state actor ACLED codes it as ({@code actors/*.tsv});
     * null for a military or police force itself and for any other key.
     */
    public Actor forcesOf(String key) {
        if (key == null || !key.startsWith("state:")) {
            return null;
        }
        Actor coded = units.get(key);
        if (coded != null) {
            return coded;
        }
        String[] parts = key.split(":");
        if (parts.length != 3 || parts[2].equals("military") || parts[2].equals("police")) {
            return null;
        }
        return stateActor(parts[1], "military");
    }

    private Lexeme lexeme(Actor a, String surface) {
        // An acronym, or a name whose key is one common word once its article is folded away ("Al-Monitor"
        // keys as "monitor"), matches only as written.
        boolean acronym = isAcronym(surface) || commonWords.contains(folder.fold(surface));
        boolean capital = !surface.isEmpty() && !Character.isLowerCase(surface.charAt(0));
        return new Lexeme(a, null, null, surface, acronym, capital, false);
    }

    /** Upper-case letters (digits and dots allowed), at most eight characters: "HTS", "M23", "U.N.". */
    static boolean isAcronym(String s) {
        if (s.length() > 8) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (!Character.isDigit(c) && c != '.' && c != '-' && c != '&') {
                return false;
            }
        }
        return letter;
    }

    private void loadRegions() {
        for (String[] row : TsvResource.rows(DATA + "regions.tsv", 5)) {
            Region r = new Region(row[0], row[1], row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]));
            add(r.name(), new Lexeme(null, null, r, r.name(), false, true, false));
            if (row.length > 5) {
                for (String alias : row[5].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(alias.strip(), new Lexeme(null, null, r, alias.strip(), false, true, false));
                    }
                }
            }
        }
    }

    private void add(String phrase, Lexeme lexeme) {
        String p = phrase.strip();
        if (p.regionMatches(true, 0, "the ", 0, 4)) {
            p = p.substring(4);
        }
        if (!p.isEmpty()) {
            index.add(PhraseIndex.words(p, folder, tokenizer), lexeme);
        }
    }
}
