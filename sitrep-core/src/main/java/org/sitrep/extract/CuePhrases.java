package org.sitrep.extract;

import org.sitrep.model.Tokens;
import org.sitrep.util.WordIds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of cue phrases ("according to", "could not independently verify", "swept into"), each with a value,
 * matched word by word and case-insensitively over a report's tokens. Built once from a knowledge file and
 * shared by all threads; the longest phrase wins at each position.
 *
 * <p>Words are compared by their numbers in {@link WordIds}: a report's tokens are looked up there once for all
 * the sets ({@link Tokens#wordId}), and a set's test of a token is then a few array reads. Most tokens start no
 * phrase, and are turned away by an exact bit per first word.
 *
 * @param <V> what a phrase stands for (a hedge, a trigger entry)
 */
public final class CuePhrases<V> {

    /** A phrase found in the text: tokens {@code [first, end)}. */
    public record Match<V>(int first, int end, V value, String phrase) {
    }

    /** A phrase, its words given by their numbers (the first one included). */
    private record Entry<V>(int[] words, V value, String phrase) {
    }

    /** One bit per number of a first word: the gate most tokens stop at. */
    private final long[] firstBits;
    /** How many first words have numbers below each 64 of {@link #firstBits}: with it a bit's rank is its place. */
    private final int[] ranks;
    /** The phrases starting with each first word, in the order of the words' numbers; each longest first. */
    private final Entry<V>[][] byFirst;
    /** How many words {@link WordIds} had numbered once this set's words were: tokens are looked up after that. */
    private final int known;

    @SuppressWarnings("unchecked")
    private CuePhrases(Map<Integer, List<Entry<V>>> byFirstWord) {
        int[] firsts = byFirstWord.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        firstBits = new long[firsts.length == 0 ? 0 : (firsts[firsts.length - 1] >>> 6) + 1];
        ranks = new int[firstBits.length];
        byFirst = (Entry<V>[][]) new Entry<?>[firsts.length][];
        for (int k = 0; k < firsts.length; k++) {
            firstBits[firsts[k] >>> 6] |= 1L << firsts[k];
            byFirst[k] = byFirstWord.get(firsts[k]).toArray(new Entry[0]);
        }
        for (int w = 1; w < ranks.length; w++) {
            ranks[w] = ranks[w - 1] + Long.bitCount(firstBits[w - 1]);
        }
        known = WordIds.count();
    }

    /** Builds the set from phrases (words separated by spaces; a lone "'s" or "-" is its own word). */
    public static <V> CuePhrases<V> of(Map<String, V> phrases) {
        Map<String, String> lowered = new LinkedHashMap<>();
        for (String key : phrases.keySet()) {
            lowered.put(key, key.strip().toLowerCase(Locale.ROOT));
        }
        WordIds.register(lowered.values().stream().flatMap(p -> Arrays.stream(words(p))).toList());
        Map<Integer, List<Entry<V>>> map = new HashMap<>();
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String phrase = lowered.get(e.getKey());
            if (phrase.isEmpty()) {
                continue;
            }
            int[] words = Arrays.stream(words(phrase)).mapToInt(WordIds::id).toArray();
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, e.getValue(), phrase));
        }
        for (List<Entry<V>> list : map.values()) {
            list.sort((a, b) -> b.words().length - a.words().length); // longest first
        }
        return new CuePhrases<>(map);
    }

    /** Every phrase of the set (lower case, as matched) with its value. */
    public Map<String, V> phrases() {
        Map<String, V> out = new LinkedHashMap<>();
        for (Entry<V>[] entries : byFirst) {
            for (Entry<V> e : entries) {
                out.put(e.phrase(), e.value());
            }
        }
        return out;
    }

    private static String[] words(String phrase) {
        return phrase.isEmpty() ? new String[0] : phrase.split("\\s+");
    }

    /** The longest phrase starting at token {@code i} and ending before token {@code to}, or null. */
    public Match<V> at(Tokens tokens, int i, int to) {
        int id = tokens.wordId(i, known);
        int w = id >>> 6; // a token without a number (-1) falls past the end
        if (w >= firstBits.length || (firstBits[w] & 1L << id) == 0) {
            return null;
        }
        int place = ranks[w] + Long.bitCount(firstBits[w] & (1L << id) - 1);
        for (Entry<V> entry : byFirst[place]) {
            int[] words = entry.words();
            if (i + words.length > to) {
                continue;
            }
            int k = 1;
            while (k < words.length && tokens.wordId(i + k, known) == words[k]) {
                k++;
            }
            if (k == words.length) {
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
}
