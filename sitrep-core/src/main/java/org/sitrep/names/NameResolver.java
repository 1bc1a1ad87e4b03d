package org.sitrep.names;

import org.sitrep.geo.Country;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.NameFolder;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Names;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles what a report's candidates refer to, using the whole report: acronyms defined in parentheses, a
 * surname used after the full name, the countries the report is about (for "government forces" and for
 * homonymous places), the named armed group a "rebels" stands for, and the gazetteer entry of each place.
 * Immutable and thread-safe; one call per report.
 */
public final class NameResolver {
    private static final int MAX_ANCHORS = 64;
    private final ActorDictionary dictionary;
    private final PlaceResolver places;
    private final NameLexicon lexicon;
    private final NameFolder folder;

    public NameResolver(ActorDictionary dictionary, PlaceResolver places, NameLexicon lexicon) {
        this.dictionary = dictionary;
        this.places = places;
        this.lexicon = lexicon;
        this.folder = dictionary.folder();
    }

    public Names resolve(List<Candidate> candidates) {
        return resolve(candidates, null);
    }

    /** As {@link #resolve(List)}, knowing the report's outlet, which is a medium when the text names it. */
    public Names resolve(List<Candidate> candidates, String outlet) {
        return resolve(candidates, outlet, "");
    }

    /**
     * As {@link #resolve(List, String)}, with the body text the zone-0 candidates point into, so that a name that
     * only describes the next one ("the Al Qaeda-linked JNIM group") is not counted as a party the report is about.
     */
    public Names resolve(List<Candidate> candidates, String outlet, String body) {
        return new Pass(candidates, outlet == null ? null : folder.fold(outlet), body).run();
    }

    /** The resolution of one report. */
    private final class Pass {
        private final List<Candidate> candidates;
        private final Map<String, String> acronyms = new HashMap<>();   // "KTJ" -> long name
        private final Map<String, String> surnames = new HashMap<>();   // folded last name -> full name
        private final Map<String, Integer> countryVotes = new LinkedHashMap<>();
        private final Set<String> divisions = new HashSet<>();
        private final List<double[]> anchors = new ArrayList<>();
        private final Set<Integer> anchored = new HashSet<>();
        private final Map<String, Integer> armedGroups = new LinkedHashMap<>();
        private final Map<String, Optional<GeoEntry>> settled = new HashMap<>(); // one resolution per spelling
        private final Map<String, String> settledNames = new HashMap<>(); // its key -> the spelling written
        private final PlaceSense placeSense;
        private PlaceResolver.Context context;
        private final List<Mention> inner = new ArrayList<>(); // places named inside a facility's name

        private final String outlet;
        private final String body;

        Pass(List<Candidate> candidates, String outlet, String body) {
            this.candidates = candidates;
            this.outlet = outlet;
            this.body = body;
            this.placeSense = new PlaceSense(candidates, folder);
        }

        Names run() {
            learn();
            List<String> focus = focus();
            context = new PlaceResolver.Context(weights(focus), divisions, anchors);
            List<Mention> out = resolveAll(focus);
            if (SettledPlaces.addAnchors(out, anchors, anchored, MAX_ANCHORS) && resettle()) {
                out = resolveAll(focus); // second pass, with the strays chosen again
            }
            return new Names(out, focus);
        }

        /**
         * Second pass: a small place the first pass put far from all the report's other settled places is
         * chosen again against all of them, and changed only for a namesake next to them. True when one changed.
         */
        private boolean resettle() {
            boolean changed = false;
            for (Map.Entry<String, Optional<GeoEntry>> s : settled.entrySet()) {
                GeoEntry e = s.getValue().orElse(null);
                if (e == null || !SettledPlaces.stray(e, anchors)) {
                    continue;
                }
                String[] key = s.getKey().split("\\|");
                GeoEntry again = places.resolve(settledNames.get(s.getKey()), context,
                        Boolean.parseBoolean(key[1]), Boolean.parseBoolean(key[2]));
                if (again != null && again.geonameid() != e.geonameid() && SettledPlaces.near(again, anchors)
                        && !farAway(again)) {
                    s.setValue(Optional.of(again));
                    changed = true;
                }
            }
            return changed;
        }

        private List<Mention> resolveAll(List<String> focus) {
            List<Mention> out = new ArrayList<>();
            int facilityAt = -1; // index in out of the facility mention the last candidate made
            for (Candidate c : candidates) {
                Mention m = mention(c, focus);
                if (m != null && facilityAt >= 0 && m.type() == EntityType.LOCATION) {
                    Mention f = out.get(facilityAt); // "the X School, Town": the school stands in the town
                    Place at = FacilityTown.placed(f, m, m.start() - f.end());
                    if (at != f.place()) {
                        out.set(facilityAt, new Mention(f.zone(), f.start(), f.end(), f.text(), f.type(), f.key(),
                                f.name(), f.generic(), f.role(), at));
                    }
                }
                facilityAt = -1;
                if (m != null) {
                    if (c.facility() && m.type() == EntityType.LOCATION && m.place() != null && m.place().lat() == null) {
                        facilityAt = out.size();
                    }
                    out.add(m);
                    if (m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON) {
                        countriesInside(c);
                    }
                }
                out.addAll(inner);
                inner.clear();
            }
            return out;
        }

        /** First pass: acronyms, people's surnames, countries and divisions named, unambiguous anchors. */
        private void learn() {
            Set<String> counted = new HashSet<>(); // a name votes once, however often the report repeats it
            for (Candidate c : candidates) {
                if (!counted.add(c.category() + "|" + c.text())) {
                    continue;
                }
                if (c.acronym() != null) {
                    acronyms.put(c.acronym(), c.text());
                }
                switch (c.category()) {
                    case PERSON -> {
                        String[] words = c.text().split("\\s+");
                        if (words.length >= 2) {
                            surnames.putIfAbsent(folder.fold(words[words.length - 1]), c.text());
                        }
                    }
                    case KNOWN -> {
                        Lexeme x = c.lexeme();
                        // Fighting parties say where a report is; media and agencies (AFP, the BBC) do not.
                        if (x.actor() != null && !x.actor().country().isEmpty() && x.actor().type() != null
                                && x.actor().type() != EntityType.MEDIA && x.actor().type() != EntityType.ORGANIZATION) {
                            vote(x.actor().country(), 1);
                        }
                        if (x.actor() != null && x.actor().type() == EntityType.ARMED_GROUP && !describes(c)) {
                            armedGroups.merge(x.actor().id(), 1, Integer::sum);
                        }
                        if (x.region() != null && !x.region().country().isEmpty()) {
                            vote(x.region().country(), 1);
                        }
                    }
                    case PLACE -> {
                        Optional<Country> country = places.gazetteer().country(c.text());
                        if (country.isPresent() && Character.isUpperCase(c.text().charAt(0))) {
                            vote(country.get().code(), 2);
                            continue;
                        }
                        List<GeoEntry> found = places.gazetteer().lookup(c.text(), 4);
                        if (!found.isEmpty() && !found.get(0).matchLevel().loose()) {
                            GeoEntry top = found.get(0);
                            // Clear: the only entry, or one that dwarfs its namesakes (not Tripoli: Libya's
                            // and Lebanon's are both cities, and the report must say which).
                            boolean clear = top.matchLevel() == org.sitrep.geo.MatchLevel.NAME && (found.size() == 1
                                    || found.get(1).population() * 20 < top.population() && top.population() > 50_000)
                                    || top.isCountry();
                            boolean oneCountry = found.size() > 1
                                    && found.get(1).countryCode().equals(top.countryCode());
                            if (oneCountry && !clear) {
                                vote(top.countryCode(), 1); // "Kidal" the town and the region: Mali either way
                            }
                            if (clear) {
                                vote(top.countryCode(), 1);
                                if (!Double.isNaN(top.lat()) && !top.isCountry() && anchors.size() < MAX_ANCHORS
                                        && anchored.add(top.geonameid())) {
                                    anchors.add(new double[] {top.lat(), top.lon()});
                                }
                            }
                            if (c.precision() == 3 || top.isAdmin1()) {
                                divisions.add(folder.fold(c.text()));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void vote(String country, int weight) {
            if (country != null && !country.isEmpty()) {
                countryVotes.merge(country, weight, Integer::sum);
            }
        }

        private List<String> focus() {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(countryVotes.entrySet());
            entries.sort((a, b) -> b.getValue() - a.getValue());
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Integer> e : entries) {
                out.add(e.getKey());
            }
            return out;
        }

        private Map<String, Double> weights(List<String> focus) {
            Map<String, Double> w = new HashMap<>();
            if (focus.isEmpty()) {
                return w;
            }
            double top = countryVotes.get(focus.get(0));
            for (String c : focus) {
                w.put(c, countryVotes.get(c) / top);
            }
            return w;
        }

        private Mention mention(Candidate c, List<String> focus) {
            if (outlet != null && c.category() != Candidate.Category.KNOWN && folder.fold(c.text()).equals(outlet)) {
                return organization(c, EntityType.MEDIA);
            }
            return switch (c.category()) {
                case KNOWN -> known(c, focus);
                case PERSON -> placeSense.isPlace(c) ? place(placeSense.asPlace(c), false) : person(c);
                case ORGANIZATION -> organization(c, EntityType.of(c.orgType()));
                case PLACE -> place(c, false);
                case UNKNOWN -> unknown(c);
            };
        }

        private Mention known(Candidate c, List<String> focus) {
            Lexeme x = c.lexeme();
            if (x.region() != null) {
                Region r = x.region();
                Place p = new Place(r.name(), r.country().isEmpty() ? null : r.country(), null, r.lat(), r.lon(), null, 3);
                return new Mention(c.zone(), c.start(), c.end(), c.text(), EntityType.LOCATION,
                        "region:" + folder.fold(r.name()), r.name(), false, null, p);
            }
            Actor a = x.actor();
            boolean generic = false;
            if (a == null) {
                generic = true;
                if (x.genericKind().equals("armed_group")) {
                    a = mainArmedGroup();
                } else {
                    a = focus.isEmpty() ? null : dictionary.stateActor(focus.get(0), x.genericKind());
                }
            }
            if (a == null || a.type() == null) {
                return null;
            }
            return new Mention(c.zone(), c.start(), c.end(), c.text(), a.type(), a.id(), a.name(), generic, null, null);
        }

        /** "Al Qaeda-linked", "Iran-backed": a name joined to a participle describes the name after it. */
        private boolean describes(Candidate c) {
            return c.zone() == 0 && CompoundModifier.follows(body, c.end());
        }

        private Actor mainArmedGroup() {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : armedGroups.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    best = e.getKey();
                }
            }
            return best == null ? null : dictionary.actor(best);
        }

        private Mention person(Candidate c) {
            String name = c.text();
            String[] words = name.split("\\s+");
            if (words.length == 1) {
                String full = surnames.get(folder.fold(name));
                if (full == null) {
                    return null;
                }
                name = full;
            }
            return new Mention(c.zone(), c.start(), c.end(), c.text(), EntityType.PERSON, personKey(name), name, false,
                    c.role(), null);
        }

        private Mention organization(Candidate c, EntityType type) {
            String name = c.text();
            return new Mention(c.zone(), c.start(), c.end(), c.text(), type, "org:" + folder.fold(name), name, false,
                    null, null);
        }

        private Mention place(Candidate c, boolean loose) {
            String name = c.text();
            if (c.facility()) {
                return facility(c);
            }
            String folded = folder.fold(name);
            if (surnames.containsKey(folded) && c.precision() < 3) {
                return person(c.with(Candidate.Category.PERSON)); // "Machar" after "Riek Machar"
            }
            boolean division = c.precision() == 3;
            boolean anyLevel = loose || c.placeCue();
            GeoEntry e = settled.computeIfAbsent(folded + "|" + division + "|" + anyLevel + "|" + cued(c), k -> {
                settledNames.put(k, name);
                GeoEntry found = places.resolve(name, context, division, anyLevel);
                // A village abroad that shares the name is not what a report on elsewhere means.
                return Optional.ofNullable(found != null && (farAway(found) || !cued(c) && foreign(found)) ? null : found);
            }).orElse(null);
            if (e == null) {
                if (!c.placeCue() && c.precision() == 0) {
                    return null; // nothing says it is a place: better no fact than a wrong one
                }
                Place p = new Place(name, null, null, null, null, null, Math.max(1, c.precision()));
                return new Mention(c.zone(), c.start(), c.end(), c.text(), EntityType.LOCATION,
                        "place:" + folder.stripAdminWords(folded), name, false, null, p); // "Ulang county" is Ulang
            }
            Place p = places.place(e, Math.max(1, c.precision()));
            return new Mention(c.zone(), c.start(), c.end(), c.text(), EntityType.LOCATION, "geo:" + entityId(e),
                    e.name(), false, null, p);
        }

        /**
         * A place in none of the report's countries, when the report has countries: a small one, or a big
         * one met only through a foreign alternate spelling ("Kuma" for Qom), is not what the report means.
         */
        private boolean farAway(GeoEntry e) {
            if (context.focus().isEmpty() || main(e.countryCode()) || e.isCountry()) {
                return false;
            }
            return e.population() < 100_000 || e.matchLevel() != null && e.matchLevel() != org.sitrep.geo.MatchLevel.NAME;
        }

        /** A country the report is mainly about: at least a third as present as the first one. */
        private boolean main(String country) {
            return context.focus().getOrDefault(country, 0.0) >= 0.34;
        }

        /** True when the words around the name say it is a place ("in X", "the town of X", "X province"). */
        private boolean cued(Candidate c) {
            return c.placeCue() || c.precision() > 0;
        }

        /**
         * A city abroad, when the report has countries of its own: taken only when the text says it is a
         * place ("talks in Geneva"), since a bare "Johnson" or "Joseph" is more often a person.
         */
        private boolean foreign(GeoEntry e) {
            return !context.focus().isEmpty() && !main(e.countryCode()) && !e.isCountry()
                    && !e.featureCode().equals("PPLC");
        }

        /** A town big enough that a facility named after it names it too ("Damascus-Aleppo highway"). */
        private boolean notable(GeoEntry e) {
            return e.population() >= 10_000 || !e.featureCode().equals("PPL");
        }

        /**
         * The id a place is merged under: a province or district named like its seat ("Aleppo" the
         * governorate and "Aleppo" the city) is one entity with the seat; the mention keeps its own precision.
         */
        private int entityId(GeoEntry e) {
            if (!e.isAdmin1() && !e.isAdmin2()) {
                return e.geonameid();
            }
            for (GeoEntry seat : places.gazetteer().lookup(e.name(), 8)) {
                if (seat.isPlace() && seat.countryCode().equals(e.countryCode())
                        && seat.admin1Code().equals(e.admin1Code())) {
                    return seat.geonameid();
                }
            }
            return e.geonameid();
        }

        /**
         * "Mali's army", "the Cameroon military", "African Union Mission in Somalia": a country written by its
         * name inside an actor's name or description is a place the report names too (not a demonym, nor a
         * short form such as "US").
         */
        private void countriesInside(Candidate c) {
            String[] words = c.text().split("\\s+");
            for (int from = 0; from < words.length; from++) {
                for (int n = Math.min(3, words.length - from); n >= 1; n--) {
                    String part = stripPossessive(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n)));
                    if (part.length() < 4 || !Character.isUpperCase(part.charAt(0))
                            || part.equals(part.toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    Optional<Country> country = places.gazetteer().country(part);
                    if (country.isEmpty() || !part.equalsIgnoreCase(country.get().name())) { // not "Somali"
                        continue;
                    }
                    int at = c.text().indexOf(part);
                    Candidate inside = new Candidate(c.zone(), c.sentence(), c.start() + at, c.start() + at + part.length(),
                            part, Candidate.Category.PLACE, null, null, null, 0, true, false, null, false);
                    Mention m = place(inside, false);
                    if (m != null && m.type() == EntityType.LOCATION) {
                        inner.add(m);
                    }
                    from += n - 1;
                    break;
                }
            }
        }

        private static String stripPossessive(String part) {
            if (part.endsWith("'s") || part.endsWith("\u2019s")) {
                return part.substring(0, part.length() - 2);
            }
            return part;
        }

        /** A street, base, mosque or university: its own entity, placed at the town its name holds. */
        private Mention facility(Candidate c) {
            String locality = FacilityLocality.of(c.text(), lexicon.context());
            if (locality != null) {
                return locality(c, locality);
            }
            Place town = null;
            String townWord = null;
            String[] words = c.text().split("[\\s\u2011-]+");
            for (int n = words.length - 1; n >= 1; n--) {
                for (int from = 0; from + n <= words.length; from++) {
                    String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
                    if (lexicon.common(part.toLowerCase(Locale.ROOT)) || part.length() < 3
                            || !Character.isUpperCase(part.charAt(0))) {
                        continue;
                    }
                    GeoEntry e = places.resolve(part, context, false, false);
                    if (e != null && (farAway(e) || !notable(e))) {
                        e = null;
                    }
                    int at = c.text().indexOf(part);
                    if (e != null && at >= 0 && (n == 1 || part.indexOf(' ') > 0)) {
                        Place p = places.place(e, 1);
                        if (town == null && !e.isCountry()) {
                            town = places.place(e, 2);
                            townWord = part;
                        }
                        // "Damascus-Aleppo highway", "University of Aleppo" also name Damascus and Aleppo.
                        inner.add(new Mention(c.zone(), c.start() + at, c.start() + at + part.length(), part,
                                EntityType.LOCATION, "geo:" + entityId(e), e.name(), false, null, p));
                    }
                }
                if (town != null) {
                    break;
                }
            }
            int head = c.text().lastIndexOf(' ');
            if (town != null && head > 0 && Character.isLowerCase(c.text().charAt(head + 1))
                    && c.text().substring(0, head).equals(townWord)) {
                return null; // "the Kaya hospital", "a Palma hotel": a town's building, not a named place
            }
            Place p = town == null
                    ? new Place(c.text(), null, null, null, null, null, 2)
                    : new Place(c.text(), town.country(), town.admin1(), town.lat(), town.lon(), null, 2);
            return new Mention(c.zone(), c.start(), c.end(), c.text(), EntityType.LOCATION,
                    "place:" + folder.fold(c.text()), c.text(), false, null, p);
        }

        /**
         * "the Djibo base": the locality the facility stands at, as the gazetteer has it (a village too: the
         * text says it is a place) or as written.
         */
        private Mention locality(Candidate c, String name) {
            int end = c.start() + name.length();
            if (surnames.containsKey(folder.fold(name))) {
                return null; // "the Smith camp": a person's supporters, not a place
            }
            GeoEntry e = places.resolve(name, context, false, false);
            if (e != null && farAway(e)) {
                e = null; // (a country stays one: "a Mali base" is a base in Mali)
            }
            if (e == null) {
                String folded = folder.fold(name);
                Place p = new Place(name, null, null, null, null, null, 1);
                return new Mention(c.zone(), c.start(), end, name, EntityType.LOCATION,
                        "place:" + folder.stripAdminWords(folded), name, false, null, p);
            }
            return new Mention(c.zone(), c.start(), end, name, EntityType.LOCATION, "geo:" + entityId(e), e.name(),
                    false, null, places.place(e, 1));
        }

        private Mention unknown(Candidate c) {
            String text = c.text();
            String folded = folder.fold(text);
            if (surnames.containsKey(folded)) {
                return person(c.with(Candidate.Category.PERSON));
            }
            String longName = acronyms.get(text);
            if (longName != null) {
                for (Candidate other : candidates) {
                    if (other.text().equals(longName) && other.category() != Candidate.Category.UNKNOWN) {
                        Mention m = mention(other, List.of());
                        if (m != null) {
                            return new Mention(c.zone(), c.start(), c.end(), text, m.type(), m.key(), m.name(), false,
                                    null, m.place());
                        }
                    }
                }
                return new Mention(c.zone(), c.start(), c.end(), text, EntityType.ORGANIZATION, "org:" + folder.fold(longName),
                        longName, false, null, null);
            }
            if (c.placeCue()) {
                return place(c, true);
            }
            if (c.precision() > 0) {
                return place(c, false); // "in Nasir": kept as a place, as written when the gazetteer lacks it
            }
            return null;
        }
    }

    /**
     * The merge key of a person: the consonant skeleton of the folded name, with y read as i (Dmitry and
     * Dmitri agree).
     */
    String personKey(String name) {
        return "person:" + folder.skeleton(folder.fold(name).replace('y', 'i'));
    }
}
