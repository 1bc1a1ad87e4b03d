package org.sitrep.geo;

import org.sitrep.util.TsvResource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-written inputs of the gazetteer besides GeoNames: the name-folding rules, the demonyms and
 * the place aliases (all under {@code sitrep/data/}). Their combined fingerprint is stored in the built
 * file, so a gazetteer built from other rules or lists is recognised as stale.
 *
 * @param folder      the name-folding rules
 * @param demonyms    ISO2 country code to its English demonyms, sorted by code
 * @param aliases     extra spellings, each mapped to a geonameid
 * @param fingerprint SHA-256 over the three files
 */
public record GazetteerSources(NameFolder folder, Map<String, List<String>> demonyms, List<Alias> aliases,
                               String fingerprint) {

    public static final String DEMONYMS = "/sitrep/data/demonyms.tsv";
    public static final String ALIASES = "/sitrep/data/place-aliases.tsv";

    /** One line of place-aliases.tsv. */
    public record Alias(String name, int geonameid) { }

    public GazetteerSources {
        demonyms = Map.copyOf(demonyms);
        aliases = List.copyOf(aliases);
    }

    /** The files shipped on the classpath. */
    public static GazetteerSources loadDefault() {
        return of(NameFolder.readResource(NameFolder.DEFAULT_RULES), NameFolder.readResource(DEMONYMS),
                NameFolder.readResource(ALIASES));
    }

    /** Sources from the files' bytes. */
    public static GazetteerSources of(byte[] foldingRules, byte[] demonymsTsv, byte[] aliasesTsv) {
        Map<String, List<String>> demonyms = new TreeMap<>();
        for (String[] f : rows(demonymsTsv, 2)) {
            List<String> list = demonyms.computeIfAbsent(f[0], k -> new ArrayList<>());
            for (String d : f[1].split("\\|")) {
                if (!d.isBlank()) {
                    list.add(d.strip());
                }
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (String[] f : rows(aliasesTsv, 2)) {
            aliases.add(new Alias(f[0].strip(), Integer.parseInt(f[1].strip())));
        }
        return new GazetteerSources(NameFolder.fromTsv(foldingRules), demonyms, aliases,
                NameFolder.sha256(foldingRules, demonymsTsv, aliasesTsv));
    }

    private static List<String[]> rows(byte[] tsv, int minColumns) {
        return TsvResource.rows("gazetteer source", tsv, minColumns);
    }
}
