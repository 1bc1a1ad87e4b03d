package org.sitrep.clean.html;

import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the class and id names of an element say about it: a weight, negative for boilerplate
 * ("related", "newsletter", "share"), positive for article containers ("content", "story").
 * Loaded once from {@code html-boilerplate.tsv}; immutable and shared by all threads.
 */
public final class BoilerplateHints {

    /** Weight at or below which an element is pruned as boilerplate before scoring. */
    public static final int PRUNE = -50;

    /** Weight at or above which an element is never pruned by its names (embedded posts quoted by the article). */
    public static final int PROTECT = 75;

    private static final String RESOURCE = "/sitrep/data/html-boilerplate.tsv";

    private final Map<String, Integer> words;
    private final String[] parts;
    private final int[] partWeights;

    public BoilerplateHints(Map<String, Integer> words, Map<String, Integer> parts) {
        this.words = Map.copyOf(words);
        this.parts = parts.keySet().toArray(new String[0]);
        this.partWeights = new int[this.parts.length];
        for (int i = 0; i < this.parts.length; i++) {
            partWeights[i] = parts.get(this.parts[i]);
        }
    }

    public static BoilerplateHints loadDefault() {
        try (InputStream in = BoilerplateHints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoilerplateHints parse(BufferedReader reader) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException("html-boilerplate.tsv: bad line: " + line);
            }
            String token = cols[0].strip().toLowerCase(Locale.ROOT);
            int weight = Integer.parseInt(cols[1].strip());
            (cols[2].strip().equals("part") ? parts : words).put(token, weight);
        }
        return new BoilerplateHints(words, parts);
    }

    /** A per-page view that remembers the weight of each word it has seen. */
    public Scorer scorer() {
        return new Scorer();
    }

    /** Not thread-safe: one per page. */
    public final class Scorer {
        private final Map<String, Integer> cache = new HashMap<>();
        private final List<String> scratch = new ArrayList<>();

        /** The summed weight of the element's class and id words; 0 when none match. */
        public int weight(Element e) {
            String cls = e.attr("class");
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return 0;
            }
            scratch.clear();
            split(cls, scratch);
            split(id, scratch);
            int sum = 0;
            int min = 0;
            int max = 0;
            for (int i = 0; i < scratch.size(); i++) {
                String w = scratch.get(i);
                boolean dup = false;
                for (int j = 0; j < i; j++) {
                    if (scratch.get(j).equals(w)) {
                        dup = true;
                        break;
                    }
                }
                if (dup) {
                    continue;
                }
                int ww = wordWeight(w);
                sum += ww;
                min = Math.min(min, ww);
                max = Math.max(max, ww);
            }
            if (max >= PROTECT) {
                return Math.max(-49, Math.min(50, sum));
            }
            if (min <= PRUNE) {
                return Math.min(sum, PRUNE);
            }
            return Math.max(-49, Math.min(50, sum));
        }

        private int wordWeight(String w) {
            Integer cached = cache.get(w);
            if (cached != null) {
                return cached;
            }
            Integer exact = words.get(w);
            int weight;
            if (exact != null) {
                weight = exact;
            } else {
                int neg = 0;
                int pos = 0;
                for (int i = 0; i < parts.length; i++) {
                    if (w.contains(parts[i])) {
                        neg = Math.min(neg, partWeights[i]);
                        pos = Math.max(pos, partWeights[i]);
                    }
                }
                weight = neg < 0 ? neg : pos;
            }
            cache.put(w, weight);
            return weight;
        }
    }

    /** Splits at non-alphanumerics and camelCase humps; words are lower-cased. */
    static void split(String s, List<String> out) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean hump = alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!alnum || hump)) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = hump ? i : -1;
            } else if (start < 0 && alnum) {
                start = i;
            }
        }
    }
}
