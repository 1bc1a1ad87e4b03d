package org.sitrep.names;

import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around names ({@code name-context.tsv}): speech verbs, place prepositions, facility and
 * organisation nouns, connectors. Multi-word phrases are kept as lower-case strings with single spaces.
 * Immutable and shared by all threads.
 */
public final class NameContext {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/name-context.tsv";

    private final Map<String, Map<String, String>> byKind;

    NameContext(Map<String, Map<String, String>> byKind) {
        this.byKind = byKind;
    }

    public static NameContext loadDefault() {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (String[] row : TsvResource.rows(DEFAULT_RESOURCE, 2)) {
            String value = row.length > 2 ? row[2] : "";
            Map<String, String> phrases = byKind.computeIfAbsent(row[0], k -> new HashMap<>());
            for (String phrase : row[1].split("\\|")) {
                if (!phrase.isBlank()) {
                    phrases.put(phrase.strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return new NameContext(byKind);
    }

    /** True when {@code phrase} (lower case) is listed under {@code kind}. */
    public boolean has(String kind, String phrase) {
        Map<String, String> m = byKind.get(kind);
        return m != null && m.containsKey(phrase);
    }

    /** The value listed for {@code phrase} under {@code kind}, or null. */
    public String value(String kind, String phrase) {
        Map<String, String> m = byKind.get(kind);
        return m == null ? null : m.get(phrase);
    }

    /** Every phrase of a kind. */
    public Set<String> phrases(String kind) {
        Map<String, String> m = byKind.get(kind);
        return m == null ? Set.of() : Set.copyOf(m.keySet());
    }

    /** The longest number of words of any phrase of a kind. */
    public int maxWords(String kind) {
        int max = 0;
        for (String p : phrases(kind)) {
            max = Math.max(max, p.split(" ").length);
        }
        return max;
    }

    static Set<String> lowerSet(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
