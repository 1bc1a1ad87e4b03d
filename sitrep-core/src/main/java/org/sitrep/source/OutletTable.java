package org.sitrep.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The known outlets and news agencies: names, aliases and domains, from {@code outlets.tsv} and
 * {@code wires.tsv}, with the phrasings of self-reference and credit of {@code outlets.tsv}. Immutable.
 */
public final class OutletTable {
    public static final String OUTLETS = "/sitrep/data/outlets.tsv";
    public static final String WIRES = "/sitrep/data/wires.tsv";

    /** A phrasing row: strength ("strong", "weak", "wire") and its pattern with a name slot. */
    /**
     * A phrasing, its strength, and its gate: lower-case literals one of which a text must contain before
     * the (costlier) pattern is run on it; an empty gate means always run.
     */
    public record Phrase(String strength, String pattern, List<String> gate) {
    }

    private final Map<String, String> byDomain;
    private final Map<String, String> byName;
    private final Set<String> wires;
    private final List<Phrase> phrases;
    private final Set<String> leadWords;

    private OutletTable(Map<String, String> byDomain, Map<String, String> byName, Set<String> wires,
                        List<Phrase> phrases, Set<String> leadWords) {
        this.byDomain = Collections.unmodifiableMap(byDomain);
        this.byName = Collections.unmodifiableMap(byName);
        this.wires = Collections.unmodifiableSet(wires);
        this.phrases = List.copyOf(phrases);
        this.leadWords = Collections.unmodifiableSet(leadWords);
    }

    public static OutletTable loadDefault() {
        return parse(read(OUTLETS), read(WIRES));
    }

    public static OutletTable parse(List<String> outletLines, List<String> wireLines) {
        Map<String, String> byDomain = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        Set<String> wires = new HashSet<>();
        List<Phrase> phrases = new ArrayList<>();
        Set<String> leadWords = new HashSet<>();
        for (String line : outletLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "outlet" -> register(c[1], col(c, 2), col(c, 3), byDomain, byName);
                case "phrase" -> phrases.add(new Phrase(c[1].strip(), c[2].strip(), col(c, 3).isEmpty() ? List.of()
                        : List.of(col(c, 3).toLowerCase(java.util.Locale.ROOT).split("\\|"))));
                case "lead-word" -> leadWords.add(c[1].strip());
                default -> throw new IllegalArgumentException("unknown row kind in outlets.tsv: " + c[0]);
            }
        }
        for (String line : wireLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String name = c[0].strip();
            register(name, col(c, 1), col(c, 2), byDomain, byName);
            wires.add(name);
        }
        return new OutletTable(byDomain, byName, wires, phrases, leadWords);
    }

    private static String col(String[] c, int i) {
        return c.length > i ? c[i].strip() : "";
    }

    private static void register(String name, String domains, String aliases, Map<String, String> byDomain,
                                 Map<String, String> byName) {
        name = name.strip();
        for (String d : domains.split("\\s+")) {
            if (!d.isBlank()) {
                byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT), name);
            }
        }
        byName.putIfAbsent(key(name), name);
        for (String a : aliases.split(";")) {
            if (!a.isBlank()) {
                byName.putIfAbsent(key(a), name);
            }
        }
    }

    /** The name as a lookup key: lower case, without a leading "the", quotes unified. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (k.startsWith("the ")) {
            k = k.substring(4).strip();
        }
        return k;
    }

    /** The outlet publishing on {@code host} or one of its parent domains, or null. */
    public String byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        while (true) {
            String name = byDomain.get(h);
            if (name != null) {
                return name;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return null;
            }
            h = h.substring(dot + 1);
        }
    }

    /** The canonical name of a known outlet or agency called {@code name}, or null. */
    public String canonical(String name) {
        return byName.get(key(name));
    }

    public boolean isWire(String canonicalName) {
        return wires.contains(canonicalName);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    public Set<String> leadWords() {
        return leadWords;
    }

    private static List<String> read(String resource) {
        try (InputStream in = OutletTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
