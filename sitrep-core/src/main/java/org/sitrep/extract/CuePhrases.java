package org.sitrep.extract;

import org.sitrep.model.Tokens;
import org.sitrep.util.HashGate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of cue phrases ("according to", "could not independently verify", "swept into"), each with a value,
 * matched word by word and case-insensitively over a report's tokens. Built once from a knowledge file and
 * shared by all threads; the longest phrase wins at each position.
 *
 * @param <V> what a phrase stands for (a hedge, a trigger entry)
 */
public final class CuePhrases<V> {

    /** A phrase found in the text: tokens {@code [first, end)}. */
    public record Match<V>(int first, int end, V value, String phrase) {
    }

    private record Entry<V>(String[] words, V value, String phrase) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    /** A literal gate on first words: most tokens start no phrase, and their lower-case forms keep their hash. */
    private final HashGate firstWords;

    private CuePhrases(Map<String, List<Entry<V>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        this.firstWords = HashGate.of(byFirstWord.keySet());
    }

    /** Builds the set from phrases (words separated by spaces; a lone "'s" or "-" is its own word). */
    public static <V> CuePhrases<V> of(Map<String, V> phrases) {
        Map<String, List<Entry<V>>> map = new HashMap<>();
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String phrase = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (phrase.isEmpty()) {
                continue;
            }
            String[] words = phrase.split("\\s+");
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, e.getValue(), phrase));
        }
        for (List<Entry<V>> list : map.values()) {
            list.sort((a, b) -> b.words().length - a.words().length); // longest first
        }
        return new CuePhrases<>(Map.copyOf(map));
    }

    /** The longest phrase starting at token {@code i} and ending before token {@code to}, or null. */
    public Match<V> at(Tokens tokens, int i, int to) {
        String first = lower(tokens, i);
        if (!firstWords.mayHave(first.hashCode())) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(first);
        if (candidates == null) {
            return null;
        }
        for (Entry<V> entry : candidates) {
            String[] words = entry.words();
            if (i + words.length > to) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = equalsIgnoreCase(tokens, i + k, words[k]);
            }
            if (all) {
                return new Match<>(i, i + words.length, entry.value(), entry.phrase());
            }
        }
        return null;
    }

    /** Every match in tokens {@code [from, to)}, left to right, not overlapping. */
    public List<Match<V>> find(Tokens tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            Match<V> m = at(tokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }

    /** The first match in tokens {@code [from, to)}, or null. */
    public Match<V> first(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<V> m = at(tokens, i, to);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** True when token {@code i} is one of the phrases by itself or starts one. */
    public boolean startsAt(Tokens tokens, int i, int to) {
        return at(tokens, i, to) != null;
    }

    private static String lower(Tokens tokens, int i) {
        return tokens.lower(i);
    }

    private static boolean equalsIgnoreCase(Tokens tokens, int i, String word) {
        if (tokens.length(i) != word.length()) {
            return false;
        }
        return lower(tokens, i).equals(word);
    }
}
