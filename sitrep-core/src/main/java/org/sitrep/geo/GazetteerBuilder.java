package org.sitrep.geo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the gazetteer file from a GeoNames folder: {@code countries/*.wof.txt.gz}, {@code cities500.txt.gz}
 * and {@code cities15000.txt.gz} (each may also be uncompressed, without {@code .gz}) merged by geonameid (later files win, in that order; alternate names
 * are united), the admin1/admin2 code files and {@code countryInfo.txt}. Entries are the populated places
 * (class P), one entry per first- and second-level division and one per country. Everything is sorted, so
 * the same input gives the same bytes.
 */
public final class GazetteerBuilder {

    static final int NAME = MatchLevel.NAME.ordinal();
    static final int ALTERNATE = MatchLevel.ALTERNATE.ordinal();
    static final int ALIAS = MatchLevel.ALIAS.ordinal();
    static final int DEMONYM = MatchLevel.DEMONYM.ordinal();

    private final GazetteerSources sources;
    private final List<String> warnings = new ArrayList<>();

    /** Counts of what a build produced. */
    public record Stats(int entries, int places, int admin1, int admin2, int countries, int primaryKeys,
                        int skeletonKeys, int postings, List<String> warnings) {
        public Stats {
            warnings = List.copyOf(warnings);
        }
    }

    public GazetteerBuilder(GazetteerSources sources) {
        this.sources = sources;
    }

    /** Builds from the GeoNames folder and writes the file to {@code out}. */
    public Stats build(Path geonamesDir, OutputStream out) throws IOException {
        GazetteerTables tables = tables(geonamesDir);
        tables.write(out);
        int places = 0;
        int admin1 = 0;
        int admin2 = 0;
        int countries = 0;
        for (int i = 0; i < tables.entries(); i++) {
            String code = tables.string(tables.featureCode[tables.feature[i]]);
            if (code.equals("ADM1")) {
                admin1++;
            } else if (code.equals("ADM2")) {
                admin2++;
            } else if (code.startsWith("PCL")) {
                countries++;
            } else {
                places++;
            }
        }
        return new Stats(tables.entries(), places, admin1, admin2, countries, tables.primary.size(),
                tables.skeleton.size(), tables.primary.postings().length, warnings);
    }

    /** A draft entry while building. */
    private static final class Draft {
        int id;
        String name;
        String ascii;
        float lat;
        float lon;
        String fclass;
        String fcode;
        String cc;
        String a1;
        String a2;
        long population;
        final List<String> names = new ArrayList<>();
        final List<Integer> sources = new ArrayList<>();

        void addName(String n, int source) {
            if (n != null && !n.isBlank()) {
                names.add(n);
                sources.add(source);
            }
        }
    }

    GazetteerTables tables(Path dir) throws IOException {
        List<GeoNamesReader.CountryInfo> countryInfos = new ArrayList<>(GeoNamesReader.countries(dir.resolve("countryInfo.txt")));
        countryInfos.sort(Comparator.comparing(GeoNamesReader.CountryInfo::iso2));
        List<GeoNamesReader.AdminCode> admin1Codes = GeoNamesReader.adminCodes(dir.resolve("admin1CodesASCII.txt"));
        List<GeoNamesReader.AdminCode> admin2Codes = GeoNamesReader.adminCodes(dir.resolve("admin2Codes.txt"));

        Map<Integer, GeoNamesRow> rows = new TreeMap<>();
        Map<Integer, Set<String>> alternates = new HashMap<>();
        Path countriesDir = dir.resolve("countries");
        if (Files.isDirectory(countriesDir)) {
            try (Stream<Path> files = Files.list(countriesDir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.wof\\.txt(\\.gz)?")).sorted().toList()) {
                    GeoNamesReader.rows(f, row -> merge(rows, alternates, row));
                }
            }
        }
        for (String name : new String[] {"cities500.txt", "cities15000.txt"}) {
            Path f = dir.resolve(name + ".gz");
            if (!Files.exists(f)) {
                f = dir.resolve(name);
            }
            if (Files.exists(f)) {
                GeoNamesReader.rows(f, row -> merge(rows, alternates, row));
            } else {
                warnings.add("missing " + f);
            }
        }

        // Places, and the divisions' and countries' own rows.
        Map<Integer, Draft> drafts = new TreeMap<>();
        Map<Integer, GeoNamesRow> ownRows = new HashMap<>();
        int droppedAdmin = 0;
        for (GeoNamesRow row : rows.values()) {
            if (row.featureClass().equals("P")) {
                Draft d = draft(row);
                d.addName(row.name(), NAME);
                d.addName(row.asciiName(), NAME);
                for (String alt : sortedAlternates(alternates.get(row.geonameid()))) {
                    d.addName(alt, ALTERNATE);
                }
                drafts.put(d.id, d);
            } else if (row.featureClass().equals("A")) {
                ownRows.put(row.geonameid(), row);
            }
        }
        Map<String, List<Draft>> byAdmin1 = new HashMap<>();
        Map<String, List<Draft>> byAdmin2 = new HashMap<>();
        Map<String, List<Draft>> byCountry = new HashMap<>();
        for (Draft d : drafts.values()) {
            byCountry.computeIfAbsent(d.cc, k -> new ArrayList<>()).add(d);
            if (known(d.a1)) {
                byAdmin1.computeIfAbsent(d.cc + "." + d.a1, k -> new ArrayList<>()).add(d);
                if (known(d.a2)) {
                    byAdmin2.computeIfAbsent(d.cc + "." + d.a1 + "." + d.a2, k -> new ArrayList<>()).add(d);
                }
            }
        }

        // Divisions: own row, else seat, else most populous place, else centroid, else the parent's point.
        Map<String, Draft> admin1Drafts = new TreeMap<>();
        for (GeoNamesReader.AdminCode code : admin1Codes) {
            String[] k = code.key().split("\\.", -1);
            if (k.length != 2 || code.geonameid() <= 0) {
                continue;
            }
            Draft d = adminDraft(code, k[0], k[1], "", "ADM1", ownRows.get(code.geonameid()), alternates);
            if (!locate(d, ownRows.get(code.geonameid()), byAdmin1.get(code.key()), Set.of("PPLA", "PPLC"))) {
                locate(d, null, byCountry.get(k[0]), Set.of("PPLC"));
            }
            admin1Drafts.put(code.key(), d);
        }
        Map<String, Draft> admin2Drafts = new TreeMap<>();
        for (GeoNamesReader.AdminCode code : admin2Codes) {
            String[] k = code.key().split("\\.", -1);
            if (k.length != 3 || code.geonameid() <= 0) {
                continue;
            }
            Draft d = adminDraft(code, k[0], k[1], k[2], "ADM2", ownRows.get(code.geonameid()), alternates);
            if (!locate(d, ownRows.get(code.geonameid()), byAdmin2.get(code.key()), Set.of("PPLA2", "PPLA", "PPLC"))) {
                Draft parent = admin1Drafts.get(k[0] + "." + k[1]);
                if (parent != null && !Float.isNaN(parent.lat)) {
                    d.lat = parent.lat;
                    d.lon = parent.lon;
                } else {
                    locate(d, null, byCountry.get(k[0]), Set.of("PPLC"));
                }
            }
            admin2Drafts.put(code.key(), d);
        }
        List<Draft> countryDrafts = new ArrayList<>();
        for (GeoNamesReader.CountryInfo c : countryInfos) {
            if (c.geonameid() <= 0) {
                continue;
            }
            GeoNamesRow own = ownRows.get(c.geonameid());
            Draft d = new Draft();
            d.id = c.geonameid();
            d.name = c.name();
            d.ascii = c.name();
            d.fclass = "A";
            d.fcode = own != null && own.featureCode().startsWith("PCL") ? own.featureCode() : "PCLI";
            d.cc = c.iso2();
            d.a1 = "";
            d.a2 = "";
            d.population = c.population();
            d.addName(c.name(), NAME);
            if (own != null) {
                d.addName(own.name(), ALTERNATE);
                for (String alt : sortedAlternates(alternates.get(own.geonameid()))) {
                    d.addName(alt, ALTERNATE);
                }
            }
            for (String demonym : sources.demonyms().getOrDefault(c.iso2(), List.of())) {
                d.addName(demonym, DEMONYM);
            }
            locateCountry(d, c.capital(), own, byCountry.get(c.iso2()));
            countryDrafts.add(d);
        }

        List<Draft> specials = new ArrayList<>(countryDrafts);
        specials.addAll(admin1Drafts.values());
        specials.addAll(admin2Drafts.values());
        for (Draft s : specials) {
            Draft previous = drafts.get(s.id);
            if (previous != null) {
                if (previous.fclass.equals("P")) {
                    warnings.add("geonameid " + s.id + " is both a place and a division or country; kept " + s.fcode);
                } else {
                    droppedAdmin++;
                    continue;
                }
            }
            drafts.put(s.id, s);
        }
        if (droppedAdmin > 0) {
            warnings.add(droppedAdmin + " division rows share a geonameid with another division; kept the first");
        }
        for (GazetteerSources.Alias alias : sources.aliases()) {
            Draft d = drafts.get(alias.geonameid());
            if (d == null) {
                warnings.add("alias '" + alias.name() + "': geonameid " + alias.geonameid() + " is not in the data");
            } else {
                d.addName(alias.name(), ALIAS);
            }
        }
        return assemble(new ArrayList<>(drafts.values()), countryInfos, admin1Codes, admin2Codes, admin1Drafts,
                admin2Drafts);
    }

    private static void merge(Map<Integer, GeoNamesRow> rows, Map<Integer, Set<String>> alternates, GeoNamesRow row) {
        Set<String> alts = alternates.computeIfAbsent(row.geonameid(), k -> new LinkedHashSet<>());
        GeoNamesRow old = rows.get(row.geonameid());
        GeoNamesRow kept = row;
        if (old != null) {
            alts.add(old.name());
            alts.add(old.asciiName());
            if (row.admin2Code().isEmpty() && !old.admin2Code().isEmpty() && row.admin1Code().equals(old.admin1Code())) {
                kept = new GeoNamesRow(row.geonameid(), row.name(), row.asciiName(), List.of(), row.lat(), row.lon(),
                        row.featureClass(), row.featureCode(), row.countryCode(), row.admin1Code(), old.admin2Code(),
                        row.population());
            }
        }
        alts.addAll(row.alternateNames());
        if (!kept.alternateNames().isEmpty()) {
            kept = new GeoNamesRow(kept.geonameid(), kept.name(), kept.asciiName(), List.of(), kept.lat(), kept.lon(),
                    kept.featureClass(), kept.featureCode(), kept.countryCode(), kept.admin1Code(), kept.admin2Code(),
                    kept.population());
        }
        rows.put(row.geonameid(), kept);
    }

    private static List<String> sortedAlternates(Set<String> alternates) {
        if (alternates == null) {
            return List.of();
        }
        return alternates.stream().map(String::strip).filter(AlternateNames::keep).sorted().distinct().toList();
    }

    private static Draft draft(GeoNamesRow row) {
        Draft d = new Draft();
        d.id = row.geonameid();
        d.name = row.name();
        d.ascii = row.asciiName();
        d.lat = row.lat();
        d.lon = row.lon();
        d.fclass = row.featureClass();
        d.fcode = row.featureCode();
        d.cc = row.countryCode();
        d.a1 = known(row.admin1Code()) ? row.admin1Code() : "";
        d.a2 = d.a1.isEmpty() ? "" : row.admin2Code();
        d.population = row.population();
        return d;
    }

    private static Draft adminDraft(GeoNamesReader.AdminCode code, String cc, String a1, String a2, String fcode,
                             GeoNamesRow own, Map<Integer, Set<String>> alternates) {
        Draft d = new Draft();
        d.id = code.geonameid();
        d.name = code.name();
        d.ascii = code.asciiName();
        d.fclass = "A";
        d.fcode = fcode;
        d.cc = cc;
        d.a1 = a1;
        d.a2 = a2;
        d.lat = Float.NaN;
        d.lon = Float.NaN;
        d.addName(code.name(), NAME);
        d.addName(code.asciiName(), NAME);
        if (own != null) {
            d.addName(own.name(), ALTERNATE);
            d.addName(own.asciiName(), ALTERNATE);
            for (String alt : sortedAlternates(alternates.get(own.geonameid()))) {
                d.addName(alt, ALTERNATE);
            }
        }
        return d;
    }

    /** Sets the point of a division; false when neither its own row nor any place in it gives one. */
    private static boolean locate(Draft d, GeoNamesRow own, List<Draft> places, Set<String> seatCodes) {
        if (own != null) {
            d.lat = own.lat();
            d.lon = own.lon();
            return true;
        }
        if (places == null || places.isEmpty()) {
            return false;
        }
        Draft best = null;
        for (Draft p : places) {
            if (seatCodes.contains(p.fcode) && (best == null || p.population > best.population)) {
                best = p;
            }
        }
        if (best == null) {
            for (Draft p : places) {
                if (p.population > 0 && (best == null || p.population > best.population)) {
                    best = p;
                }
            }
        }
        if (best != null) {
            d.lat = best.lat;
            d.lon = best.lon;
        } else {
            centroid(d, places);
        }
        return true;
    }

    private static void locateCountry(Draft d, String capital, GeoNamesRow own, List<Draft> places) {
        d.lat = Float.NaN;
        d.lon = Float.NaN;
        if (places != null && !places.isEmpty()) {
            Draft best = null;
            for (Draft p : places) {
                boolean capitalName = !capital.isEmpty() && (p.name.equals(capital) || p.ascii.equals(capital));
                int score = (p.fcode.equals("PPLC") ? 2 : 0) + (capitalName ? 1 : 0);
                if (score > 0) {
                    int bestScore = best == null ? 0 : (best.fcode.equals("PPLC") ? 2 : 0)
                            + (best.name.equals(capital) || best.ascii.equals(capital) ? 1 : 0);
                    if (best == null || score > bestScore || (score == bestScore && p.population > best.population)) {
                        best = p;
                    }
                }
            }
            if (best != null) {
                d.lat = best.lat;
                d.lon = best.lon;
                return;
            }
        }
        if (own != null) {
            d.lat = own.lat();
            d.lon = own.lon();
        } else if (places != null && !places.isEmpty()) {
            centroid(d, places);
        }
    }

    private static void centroid(Draft d, List<Draft> places) {
        double lat = 0;
        double lon = 0;
        for (Draft p : places) {
            lat += p.lat;
            lon += p.lon;
        }
        d.lat = (float) (lat / places.size());
        d.lon = (float) (lon / places.size());
    }

    private static boolean known(String admin1) {
        return admin1 != null && !admin1.isEmpty() && !admin1.equals("00");
    }

    /** When one entry meets a key through several names: alias, then demonym, then name, then alternate. */
    private static final int[] SOURCE_PRIORITY = {2, 3, 0, 1};

    private static int moreTelling(int a, int b) {
        int pa = SOURCE_PRIORITY[a >>> GazetteerTables.KeyIndex.SOURCE_SHIFT];
        int pb = SOURCE_PRIORITY[b >>> GazetteerTables.KeyIndex.SOURCE_SHIFT];
        return pa <= pb ? a : b;
    }

    static int featureRank(String code) {
        if (code.startsWith("PCL")) {
            return 0;
        }
        return switch (code) {
            case "PPLC" -> 1;
            case "PPLA" -> 2;
            case "ADM1" -> 3;
            case "PPLA2" -> 4;
            case "ADM2" -> 5;
            case "PPLA3" -> 6;
            case "PPLA4" -> 7;
            default -> 8;
        };
    }

    private GazetteerTables assemble(List<Draft> entries, List<GeoNamesReader.CountryInfo> countryInfos,
                                     List<GeoNamesReader.AdminCode> admin1Codes,
                                     List<GeoNamesReader.AdminCode> admin2Codes,
                                     Map<String, Draft> admin1Drafts, Map<String, Draft> admin2Drafts) {
        entries.sort(Comparator.comparingInt(d -> d.id));
        int n = entries.size();
        Map<Integer, Integer> indexById = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexById.put(entries.get(i).id, i);
        }
        Strings strings = new Strings();

        // Countries (sorted by code), first- and second-level division tables (sorted by key).
        Map<String, Integer> countryIndex = new HashMap<>();
        int nc = countryInfos.size();
        int[] cIso2 = new int[nc];
        int[] cIso3 = new int[nc];
        int[] cName = new int[nc];
        int[] cCapital = new int[nc];
        int[] cDemonyms = new int[nc];
        int[] cId = new int[nc];
        long[] cPop = new long[nc];
        int[] cEntry = new int[nc];
        for (int c = 0; c < nc; c++) {
            GeoNamesReader.CountryInfo info = countryInfos.get(c);
            countryIndex.put(info.iso2(), c);
            cIso2[c] = strings.of(info.iso2());
            cIso3[c] = strings.of(info.iso3());
            cName[c] = strings.of(info.name());
            cCapital[c] = strings.of(info.capital());
            cDemonyms[c] = strings.of(String.join("|", sources.demonyms().getOrDefault(info.iso2(), List.of())));
            cId[c] = info.geonameid();
            cPop[c] = info.population();
            cEntry[c] = indexById.getOrDefault(info.geonameid(), -1);
        }
        Map<String, String> admin1Names = new TreeMap<>();
        for (GeoNamesReader.AdminCode code : admin1Codes) {
            admin1Names.putIfAbsent(code.key(), code.name());
        }
        Map<String, String> admin2Names = new TreeMap<>();
        for (GeoNamesReader.AdminCode code : admin2Codes) {
            admin2Names.putIfAbsent(code.key(), code.name());
        }
        for (Draft d : entries) {
            if (!d.a1.isEmpty()) {
                admin1Names.putIfAbsent(d.cc + "." + d.a1, "");
                if (!d.a2.isEmpty()) {
                    admin2Names.putIfAbsent(d.cc + "." + d.a1 + "." + d.a2, "");
                }
            }
        }
        Map<String, Integer> admin1Index = new HashMap<>();
        int na1 = admin1Names.size();
        int[] a1Country = new int[na1];
        int[] a1Code = new int[na1];
        int[] a1Name = new int[na1];
        int[] a1Entry = new int[na1];
        int k = 0;
        for (Map.Entry<String, String> e : admin1Names.entrySet()) {
            String[] parts = e.getKey().split("\\.", -1);
            admin1Index.put(e.getKey(), k);
            a1Country[k] = countryIndex.getOrDefault(parts[0], -1);
            a1Code[k] = strings.of(parts[1]);
            a1Name[k] = strings.of(e.getValue());
            Draft own = admin1Drafts.get(e.getKey());
            a1Entry[k] = own == null ? -1 : indexById.getOrDefault(own.id, -1);
            k++;
        }
        Map<String, Integer> admin2Index = new HashMap<>();
        int na2 = admin2Names.size();
        int[] a2Country = new int[na2];
        int[] a2Admin1 = new int[na2];
        int[] a2Code = new int[na2];
        int[] a2Name = new int[na2];
        int[] a2Entry = new int[na2];
        k = 0;
        for (Map.Entry<String, String> e : admin2Names.entrySet()) {
            String[] parts = e.getKey().split("\\.", -1);
            admin2Index.put(e.getKey(), k);
            a2Country[k] = countryIndex.getOrDefault(parts[0], -1);
            a2Admin1[k] = strings.of(parts[1]);
            a2Code[k] = strings.of(parts[2]);
            a2Name[k] = strings.of(e.getValue());
            Draft own = admin2Drafts.get(e.getKey());
            a2Entry[k] = own == null ? -1 : indexById.getOrDefault(own.id, -1);
            k++;
        }

        // Entries.
        Map<String, Integer> featureIndex = new TreeMap<>();
        for (Draft d : entries) {
            featureIndex.putIfAbsent(d.fclass + "." + d.fcode, 0);
        }
        int[] fClass = new int[featureIndex.size()];
        int[] fCode = new int[featureIndex.size()];
        k = 0;
        for (Map.Entry<String, Integer> e : featureIndex.entrySet()) {
            String[] parts = e.getKey().split("\\.", 2);
            fClass[k] = strings.of(parts[0]);
            fCode[k] = strings.of(parts[1]);
            e.setValue(k++);
        }
        int[] id = new int[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        int[] pop = new int[n];
        short[] feature = new short[n];
        short[] country = new short[n];
        short[] admin1 = new short[n];
        int[] admin2 = new int[n];
        int[] name = new int[n];
        int[] ascii = new int[n];
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            Draft d = entries.get(i);
            id[i] = d.id;
            lat[i] = d.lat;
            lon[i] = d.lon;
            pop[i] = (int) Math.min(Integer.MAX_VALUE, d.population);
            feature[i] = narrow(featureIndex.get(d.fclass + "." + d.fcode));
            country[i] = narrow(countryIndex.getOrDefault(d.cc, -1));
            admin1[i] = narrow(d.a1.isEmpty() ? -1 : admin1Index.getOrDefault(d.cc + "." + d.a1, -1));
            admin2[i] = d.a1.isEmpty() || d.a2.isEmpty() ? -1 : admin2Index.getOrDefault(d.cc + "." + d.a1 + "." + d.a2, -1);
            name[i] = strings.of(d.name);
            ascii[i] = d.ascii.equals(d.name) ? name[i] : strings.of(d.ascii);
            rank[i] = featureRank(d.fcode);
        }

        // Keys.
        NameFolder folder = sources.folder();
        Map<String, IntList> primary = new HashMap<>();
        Map<String, IntList> skeleton = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Draft d = entries.get(i);
            boolean division = d.fcode.startsWith("ADM");
            for (int j = 0; j < d.names.size(); j++) {
                String key = folder.fold(d.names.get(j));
                if (key.isEmpty()) {
                    continue;
                }
                int posting = d.sources.get(j) << GazetteerTables.KeyIndex.SOURCE_SHIFT | i;
                primary.computeIfAbsent(key, x -> new IntList()).add(posting);
                skeleton.computeIfAbsent(folder.skeleton(key), x -> new IntList()).add(posting);
                if (division) {
                    String bare = folder.stripAdminWords(key);
                    if (!bare.equals(key)) {
                        primary.computeIfAbsent(bare, x -> new IntList()).add(posting);
                        skeleton.computeIfAbsent(folder.skeleton(bare), x -> new IntList()).add(posting);
                    }
                }
            }
        }
        // Curated aliases first (they exist to correct the ranking), then the most important places.
        Comparator<Integer> order = Comparator.<Integer>comparingInt(p -> (p >>> GazetteerTables.KeyIndex.SOURCE_SHIFT) == ALIAS ? 0 : 1)
                .thenComparingInt(p -> rank[p & GazetteerTables.KeyIndex.ENTRY_MASK])
                .thenComparingLong(p -> -pop[p & GazetteerTables.KeyIndex.ENTRY_MASK])
                .thenComparingInt(p -> p >>> GazetteerTables.KeyIndex.SOURCE_SHIFT)
                .thenComparingInt(p -> id[p & GazetteerTables.KeyIndex.ENTRY_MASK]);
        int[][] stringTable = strings.table();
        return new GazetteerTables(sources.fingerprint(), stringTable[0], strings.blob(), fClass, fCode,
                cIso2, cIso3, cName, cCapital, cDemonyms, cId, cPop, cEntry,
                a1Country, a1Code, a1Name, a1Entry, a2Country, a2Admin1, a2Code, a2Name, a2Entry,
                id, lat, lon, pop, feature, country, admin1, admin2, name, ascii,
                index(primary, order), index(skeleton, order));
    }

    private static short narrow(int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalStateException("table too large for the file format: " + value);
        }
        return (short) value;
    }

    private static GazetteerTables.KeyIndex index(Map<String, IntList> map, Comparator<Integer> order) {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int[] keyOff = new int[keys.length + 1];
        int[] postOff = new int[keys.length + 1];
        int bytes = 0;
        int postings = 0;
        List<int[]> lists = new ArrayList<>(keys.length);
        for (String key : keys) {
            int[] raw = map.get(key).toArray();
            // Keep each entry once, with its most telling source (see SOURCE_PRIORITY).
            Arrays.sort(raw);
            Map<Integer, Integer> best = new HashMap<>();
            for (int p : raw) {
                best.merge(p & GazetteerTables.KeyIndex.ENTRY_MASK, p, GazetteerBuilder::moreTelling);
            }
            Integer[] kept = best.values().toArray(new Integer[0]);
            Arrays.sort(kept, order);
            int[] list = new int[kept.length];
            for (int i = 0; i < kept.length; i++) {
                list[i] = kept[i];
            }
            lists.add(list);
            bytes += key.length();
            postings += list.length;
        }
        byte[] blob = new byte[bytes];
        int[] all = new int[postings];
        int b = 0;
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            byte[] kb = keys[i].getBytes(StandardCharsets.US_ASCII);
            keyOff[i] = b;
            System.arraycopy(kb, 0, blob, b, kb.length);
            b += kb.length;
            postOff[i] = p;
            System.arraycopy(lists.get(i), 0, all, p, lists.get(i).length);
            p += lists.get(i).length;
        }
        keyOff[keys.length] = b;
        postOff[keys.length] = p;
        return new GazetteerTables.KeyIndex(keyOff, blob, postOff, all);
    }

    /** The string table: each distinct string stored once, in order of first use. */
    private static final class Strings {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<byte[]> values = new ArrayList<>();
        private int bytes;

        int of(String s) {
            return index.computeIfAbsent(s, x -> {
                byte[] b = x.getBytes(StandardCharsets.UTF_8);
                values.add(b);
                bytes += b.length;
                return values.size() - 1;
            });
        }

        int[][] table() {
            int[] off = new int[values.size() + 1];
            int b = 0;
            for (int i = 0; i < values.size(); i++) {
                off[i] = b;
                b += values.get(i).length;
            }
            off[values.size()] = b;
            return new int[][] {off};
        }

        byte[] blob() {
            byte[] blob = new byte[bytes];
            int b = 0;
            for (byte[] v : values) {
                System.arraycopy(v, 0, blob, b, v.length);
                b += v.length;
            }
            return blob;
        }
    }
}
