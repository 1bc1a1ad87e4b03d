package org.sitrep.extract;

import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A knowledge file of cue phrases by kind: {@code kind <TAB> phrase|phrase|… <TAB> value}, the value
 * optional. Read once; each kind becomes a {@link CuePhrases} of its phrases.
 */
public final class CueTable {
    private final String resource;
    private final Map<String, Map<String, String>> kinds;

    private CueTable(String resource, Map<String, Map<String, String>> kinds) {
        this.resource = resource;
        this.kinds = kinds;
    }

    public static CueTable load(String resource) {
        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(resource, 2)) {
            String value = row.length > 2 ? row[2] : "";
            Map<String, String> phrases = kinds.computeIfAbsent(row[0], k -> new LinkedHashMap<>());
            for (String phrase : row[1].split("\\|")) {
                if (!phrase.isBlank()) {
                    phrases.put(phrase.strip(), value);
                }
            }
        }
        return new CueTable(resource, kinds);
    }

    /** The phrases of one kind with their values; a kind the file lacks is a packaging error. */
    public Map<String, String> kind(String kind) {
        Map<String, String> phrases = kinds.get(kind);
        if (phrases == null) {
            throw new IllegalStateException(resource + " has no rows of kind '" + kind + "'");
        }
        return phrases;
    }

    /** The phrases of one kind as a matcher whose values are the value column. */
    public CuePhrases<String> phrases(String kind) {
        return CuePhrases.of(kind(kind));
    }

    /** The phrases of several kinds in one matcher, each valued by its kind. */
    public CuePhrases<String> kinds(String... names) {
        Map<String, String> all = new HashMap<>();
        for (String name : names) {
            for (String phrase : kind(name).keySet()) {
                all.putIfAbsent(phrase, name);
            }
        }
        return CuePhrases.of(all);
    }
}
