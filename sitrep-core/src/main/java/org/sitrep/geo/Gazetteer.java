package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sitrep's gazetteer: populated places, first- and second-level divisions and countries from GeoNames,
 * looked up by folded name. Load it once ({@link #loadDefault()}) and pass it to whatever needs it; it is
 * immutable and safe to share between threads. The data sit in primitive arrays (see
 * {@link GazetteerTables}); an entry object is made only when a lookup hands it out.
 */
public final class Gazetteer {

    /** Classpath location of the built gazetteer. */
    public static final String DEFAULT_RESOURCE = "/sitrep/data/gazetteer.bin";

    private static final int SHIFT = GazetteerTables.KeyIndex.SOURCE_SHIFT;
    private static final int MASK = GazetteerTables.KeyIndex.ENTRY_MASK;
    private static final MatchLevel[] LEVELS = MatchLevel.values();

    private final GazetteerTables t;
    private final NameFolder folder;
    private final List<Country> countries;
    private final Map<String, Integer> countryByCode = new HashMap<>();
    /**
     * Answers of {@link #country} already given: every capitalised word of a report is asked, and a word that
     * names no country walks its whole posting list. Bounded: when full it is emptied and fills again.
     */
    private final ConcurrentHashMap<String, Optional<Country>> countryAnswers =
            new ConcurrentHashMap<>();
    private static final int ANSWERS_MAX = 50_000;
    /**
     * Answers of {@link #lookup(String, int)} already given (immutable lists): the name recogniser asks the same
     * spans again and again. Bounded by the entries held (about 100 bytes each): when full it is emptied and
     * fills again with the names in use.
     */
    private final ConcurrentHashMap<Lookup, List<GeoEntry>> answers =
            new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    private static final int KEPT_MAX = 100_000;
    private static final int CACHED_LIMIT = 64;
    private final String[] featureCodes;
    private final String[] featureClasses;

    private Gazetteer(GazetteerTables tables, NameFolder folder) {
        this.t = tables;
        this.folder = folder;
        featureCodes = new String[tables.featureCode.length];
        featureClasses = new String[tables.featureClass.length];
        for (int f = 0; f < featureCodes.length; f++) {
            featureCodes[f] = tables.string(tables.featureCode[f]);
            featureClasses[f] = tables.string(tables.featureClass[f]);
        }
        List<Country> list = new ArrayList<>(tables.countryIso2.length);
        for (int c = 0; c < tables.countryIso2.length; c++) {
            int e = tables.countryEntry[c];
            String demonyms = tables.string(tables.countryDemonyms[c]);
            Country country = new Country(tables.string(tables.countryIso2[c]), tables.string(tables.countryIso3[c]),
                    tables.string(tables.countryName[c]), tables.string(tables.countryCapital[c]),
                    tables.countryGeonameid[c], tables.countryPopulation[c],
                    e < 0 ? Double.NaN : tables.lat[e], e < 0 ? Double.NaN : tables.lon[e],
                    demonyms.isEmpty() ? List.of() : List.of(demonyms.split("\\|")));
            list.add(country);
            countryByCode.putIfAbsent(country.code(), c);
            countryByCode.putIfAbsent(country.iso3(), c);
        }
        countries = Collections.unmodifiableList(list);
    }

    /**
     * The gazetteer shipped in {@value #DEFAULT_RESOURCE}, checked against the folding rules, demonyms
     * and aliases on the classpath (a file built from other versions of them would have other keys).
     */
    public static Gazetteer loadDefault() {
        GazetteerSources sources = GazetteerSources.loadDefault();
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(in, sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** A gazetteer file built with {@code sources}; fails when it was built with other ones. */
    public static Gazetteer load(InputStream in, GazetteerSources sources) throws IOException {
        GazetteerTables tables = GazetteerTables.read(in);
        if (!tables.fingerprint.equals(sources.fingerprint())) {
            throw new IllegalStateException("the gazetteer file was built from other versions of name-folding.tsv, "
                    + "demonyms.tsv or place-aliases.tsv; rebuild it with 'sitrep gazetteer build' "
                    + "(see sitrep/data/README.md)");
        }
        return new Gazetteer(tables, sources.folder());
    }

    /** The name-folding rules the keys were made with. */
    public NameFolder folder() {
        return folder;
    }

    /**
     * Entries whose name, ASCII name, alternate name, alias or demonym folds to the same key as
     * {@code name}, best first (countries, capitals, division seats and divisions before villages, then by
     * population). When there are none and the name ends in a generic word ("Idlib province"), the
     * divisions named by the rest. Only when there are still none, the entries whose consonant skeleton
     * agrees, marked {@link MatchLevel#SKELETON}. Empty for a name that folds to nothing.
     */
    public List<GeoEntry> lookup(String name) {
        return lookup(name, Integer.MAX_VALUE);
    }

    /** As {@link #lookup(String)}, at most {@code limit} entries. */
    public List<GeoEntry> lookup(String name, int limit) {
        if (limit > CACHED_LIMIT) {
            return List.copyOf(find(name, limit));
        }
        Lookup asked = new Lookup(name, limit);
        List<GeoEntry> known = answers.get(asked);
        if (known == null) {
            known = List.copyOf(find(name, limit));
            if (kept.get() >= KEPT_MAX) {
                answers.clear(); // a new generation, filled by the names in use
                kept.set(0);
            }
            if (answers.putIfAbsent(asked, known) == null) {
                kept.addAndGet(known.size() + 1);
            }
        }
        return known;
    }

    /** A question asked of {@link #lookup(String, int)}. */
    private record Lookup(String name, int limit) {
    }

    private List<GeoEntry> find(String name, int limit) {
        String key = folder.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<GeoEntry> out = new ArrayList<>();
        collect(t.primary, key, false, limit, out, null);
        if (out.isEmpty()) {
            String bare = folder.stripAdminWords(key);
            if (!bare.equals(key)) {
                // "Idlib province", "Kharkiv Oblast": the divisions of that name.
                List<GeoEntry> named = new ArrayList<>();
                collect(t.primary, bare, false, Integer.MAX_VALUE, named, null);
                for (GeoEntry e : named) {
                    if ((e.isAdmin1() || e.isAdmin2()) && out.size() < limit) {
                        out.add(e);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            collect(t.skeleton, folder.skeleton(key), true, limit, out, null);
        }
        return out;
    }

    /** The exact-key candidates followed by the skeleton-only ones (each entry once), at most {@code limit}. */
    public List<GeoEntry> candidates(String name, int limit) {
        String key = folder.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<GeoEntry> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        collect(t.primary, key, false, limit, out, seen);
        collect(t.skeleton, folder.skeleton(key), true, limit, out, seen);
        return out;
    }

    private void collect(GazetteerTables.KeyIndex index, String key, boolean loose, int limit, List<GeoEntry> out,
                         Set<Integer> seen) {
        int k = index.find(key.getBytes(StandardCharsets.US_ASCII));
        if (k < 0) {
            return;
        }
        for (int p = index.postOff()[k]; p < index.postOff()[k + 1] && out.size() < limit; p++) {
            int posting = index.postings()[p];
            int e = posting & MASK;
            if (seen != null && !seen.add(e)) {
                continue;
            }
            out.add(entry(e, loose ? MatchLevel.SKELETON : LEVELS[posting >>> SHIFT]));
        }
    }

    /** The entry with this GeoNames id, if the gazetteer has it. */
    public Optional<GeoEntry> byId(int geonameid) {
        int e = indexOf(geonameid);
        return e < 0 ? Optional.empty() : Optional.of(entry(e, null));
    }

    /** The country an entry lies in. */
    public Optional<Country> countryOf(int geonameid) {
        int e = indexOf(geonameid);
        return e < 0 || t.country[e] < 0 ? Optional.empty() : Optional.of(countries.get(t.country[e]));
    }

    /** All countries of GeoNames' country table, sorted by code. */
    public List<Country> countries() {
        return countries;
    }

    /**
     * A country by ISO code ("SY", "SYR": upper case only, so that "us" or "it" in a sentence is not
     * taken for a code), name ("Syria", "Syrian Arab Republic") or demonym ("Syrian", "Syrians").
     */
    public Optional<Country> country(String nameOrCodeOrDemonym) {
        Optional<Country> known = countryAnswers.get(nameOrCodeOrDemonym);
        if (known == null) {
            known = findCountry(nameOrCodeOrDemonym);
            if (countryAnswers.size() >= ANSWERS_MAX) {
                countryAnswers.clear(); // a new generation, filled by the words in use
            }
            countryAnswers.putIfAbsent(nameOrCodeOrDemonym, known);
        }
        return known;
    }

    private Optional<Country> findCountry(String nameOrCodeOrDemonym) {
        String s = nameOrCodeOrDemonym.strip();
        if ((s.length() == 2 || s.length() == 3) && s.equals(s.toUpperCase(Locale.ROOT))) {
            Integer c = countryByCode.get(s);
            if (c != null) {
                return Optional.of(countries.get(c));
            }
        }
        String key = folder.fold(s);
        Optional<Country> found = countryByKey(key);
        if (found.isEmpty() && key.endsWith("s") && key.length() > 3) {
            found = countryByKey(key.substring(0, key.length() - 1));
        }
        return found;
    }

    private Optional<Country> countryByKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        GazetteerTables.KeyIndex index = t.primary;
        int k = index.find(key.getBytes(StandardCharsets.US_ASCII));
        if (k < 0) {
            return Optional.empty();
        }
        for (int p = index.postOff()[k]; p < index.postOff()[k + 1]; p++) {
            int e = index.postings()[p] & MASK;
            if (featureCodes[t.feature[e]].startsWith("PCL") && t.country[e] >= 0) {
                return Optional.of(countries.get(t.country[e]));
            }
        }
        return Optional.empty();
    }

    /**
     * A first-level division of a country by name, generic words ignored ("Aleppo province",
     * "Aleppo Governorate", "Kharkiv Oblast"). When no division has the name, the division whose seat
     * has it. {@code country} is a code, name or demonym, or null for any country.
     */
    public Optional<GeoEntry> admin1(String country, String name) {
        return division(country, name, "ADM1", true);
    }

    /** A second-level division (district) by name, as {@link #admin1}. */
    public Optional<GeoEntry> admin2(String country, String name) {
        return division(country, name, "ADM2", false);
    }

    private Optional<GeoEntry> division(String country, String name, String code, boolean first) {
        int countryIndex = -1;
        if (country != null) {
            Optional<Country> c = country(country);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            countryIndex = countryByCode.get(c.get().code());
        }
        String key = folder.fold(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String bare = folder.stripAdminWords(key);
        GazetteerTables.KeyIndex index = t.primary;
        for (String k : bare.equals(key) ? List.of(key) : List.of(bare, key)) {
            int ki = index.find(k.getBytes(StandardCharsets.US_ASCII));
            if (ki < 0) {
                continue;
            }
            for (int p = index.postOff()[ki]; p < index.postOff()[ki + 1]; p++) {
                int posting = index.postings()[p];
                int e = posting & MASK;
                if (featureCodes[t.feature[e]].equals(code) && (countryIndex < 0 || t.country[e] == countryIndex)) {
                    return Optional.of(entry(e, LEVELS[posting >>> SHIFT]));
                }
            }
            // No division of that name: the division whose seat has it ("Kharkiv" -> Kharkiv Oblast).
            for (int p = index.postOff()[ki]; p < index.postOff()[ki + 1]; p++) {
                int posting = index.postings()[p];
                int e = posting & MASK;
                String f = featureCodes[t.feature[e]];
                boolean seat = first ? f.equals("PPLA") || f.equals("PPLC") : f.equals("PPLA2");
                if (seat && (countryIndex < 0 || t.country[e] == countryIndex)) {
                    int d = first ? (t.admin1[e] < 0 ? -1 : t.admin1Entry[t.admin1[e]])
                            : (t.admin2[e] < 0 ? -1 : t.admin2Entry[t.admin2[e]]);
                    if (d >= 0) {
                        return Optional.of(entry(d, LEVELS[posting >>> SHIFT]));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Number of entries (places, divisions, countries). */
    public int size() {
        return t.entries();
    }

    /** Number of distinct primary keys. */
    public int primaryKeyCount() {
        return t.primary.size();
    }

    /** Number of distinct skeleton keys. */
    public int skeletonKeyCount() {
        return t.skeleton.size();
    }

    /** Number of (key, entry) pairs in the primary index. */
    public int primaryPostingCount() {
        return t.primary.postings().length;
    }

    private int indexOf(int geonameid) {
        int lo = 0;
        int hi = t.id.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = t.id[mid];
            if (v < geonameid) {
                lo = mid + 1;
            } else if (v > geonameid) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private GeoEntry entry(int e, MatchLevel level) {
        int c = t.country[e];
        int a1 = t.admin1[e];
        int a2 = t.admin2[e];
        return new GeoEntry(t.id[e], t.string(t.name[e]), t.string(t.asciiName[e]), t.lat[e], t.lon[e],
                featureClasses[t.feature[e]], featureCodes[t.feature[e]],
                c < 0 ? "" : countries.get(c).code(),
                a1 < 0 ? "" : t.string(t.admin1Code[a1]), a1 < 0 ? "" : t.string(t.admin1Name[a1]),
                a2 < 0 ? "" : t.string(t.admin2Code[a2]), a2 < 0 ? "" : t.string(t.admin2Name[a2]),
                t.population[e], level);
    }
}
