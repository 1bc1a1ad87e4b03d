package org.sitrep.report;

import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.util.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ACLED's tables for the CSV export: countries with their numeric ISO code, ACLED spelling and region
 * ({@code acled-countries.tsv}); actor types, the inter codes ({@code acled-inter-codes.tsv},
 * {@code acled-actor-inter.tsv}); and the taxonomy's disorder types.
 */
public final class AcledTables {
    /** One country's ACLED columns. */
    public record CountryRow(String iso2, int isoNumeric, String name, String region, String iso3) {
    }

    private record Rule(String key, int code) {
    }

    private final Map<String, CountryRow> countries;
    private final Map<String, String> countryOfForm;  // "the United States" -> "US"
    private final Map<String, Integer> actorCodes;
    private final List<Rule> prefixes;
    private final List<Rule> contains;
    private final int externalCode;
    private final int defaultCode;
    private final AcledTaxonomy taxonomy;

    private AcledTables(Map<String, CountryRow> countries, Map<String, String> countryOfForm,
                        Map<String, Integer> actorCodes, List<Rule> prefixes, List<Rule> contains, int externalCode,
                        int defaultCode, AcledTaxonomy taxonomy) {
        this.countries = Map.copyOf(countries);
        this.countryOfForm = Map.copyOf(countryOfForm);
        this.actorCodes = Map.copyOf(actorCodes);
        this.prefixes = List.copyOf(prefixes);
        this.contains = List.copyOf(contains);
        this.externalCode = externalCode;
        this.defaultCode = defaultCode;
        this.taxonomy = taxonomy;
    }

    public static AcledTables loadDefault() {
        Map<String, CountryRow> countries = new HashMap<>();
        for (String[] r : TsvResource.rows("/sitrep/data/acled-countries.tsv", 5)) {
            countries.put(r[0], new CountryRow(r[0], Integer.parseInt(r[1]), r[2], r[3], r[4]));
        }
        Map<String, String> ofForm = new HashMap<>();
        for (String[] r : TsvResource.rows("/sitrep/data/actor-countries.tsv", 2)) {
            if (r[0].length() == 2) {
                ofForm.put(r[1], r[0]);
            }
        }
        Map<String, Integer> actors = new HashMap<>();
        for (String[] r : TsvResource.rows("/sitrep/data/acled-actor-inter.tsv", 2)) {
            actors.put(r[0], Integer.parseInt(r[1]));
        }
        List<Rule> prefixes = new ArrayList<>();
        List<Rule> contains = new ArrayList<>();
        int external = 8;
        int fallback = 2;
        for (String[] r : TsvResource.rows("/sitrep/data/acled-inter-codes.tsv", 3)) {
            int code = Integer.parseInt(r[2]);
            switch (r[0]) {
                case "prefix" -> prefixes.add(new Rule(r[1], code));
                case "contains" -> contains.add(new Rule(r[1], code));
                case "rule" -> {
                    if (r[1].equals("foreign-state")) {
                        external = code;
                    } else if (r[1].equals("default")) {
                        fallback = code;
                    }
                }
                default -> {
                    // inter rows name the codes; type rows need the actor dictionary's types, which events
                    // do not carry (a state actor's ACLED name has a state prefix instead)
                }
            }
        }
        return new AcledTables(countries, ofForm, actors, prefixes, contains, external, fallback,
                AcledTaxonomy.loadDefault());
    }

    /** The ACLED columns of a country by ISO alpha-2, or null. */
    public CountryRow country(String iso2) {
        return iso2 == null ? null : countries.get(iso2);
    }

    public String disorderType(String subEventType) {
        return taxonomy.knows(subEventType) ? taxonomy.disorderType(subEventType) : null;
    }

    /**
     * ACLED's inter code of an actor in an event in {@code eventCountry}: its own row, else its name's prefix or
     * infix ("Military Forces of …" 1, "Civilians (…" 7), else a rebel group; a state's forces acting outside
     * their country are external forces. Null for no actor.
     */
    public Integer inter(String actor, String eventCountry) {
        if (actor == null) {
            return null;
        }
        Integer own = actorCodes.get(actor);
        if (own != null) {
            return own;
        }
        for (Rule p : prefixes) {
            if (actor.startsWith(p.key())) {
                if (p.code() == 1 && eventCountry != null) {
                    String of = actor.substring(p.key().length()).trim();
                    String home = countryOfForm.get(of);
                    if (home != null && !home.equals(eventCountry)) {
                        return externalCode;
                    }
                }
                return p.code();
            }
        }
        for (Rule c : contains) {
            if (actor.contains(c.key())) {
                return c.code();
            }
        }
        return defaultCode;
    }

    /** ACLED's interaction code: both codes, the smaller first (13); a one-sided event gives the code and 0. */
    public static Integer interaction(Integer inter1, Integer inter2) {
        if (inter1 == null) {
            return null;
        }
        if (inter2 == null) {
            return inter1 * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }
}
