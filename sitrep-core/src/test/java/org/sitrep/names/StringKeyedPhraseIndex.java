package org.sitrep.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase index as it was before it became a trie, kept as the reference the trie must agree with: full keys
 * (folded words joined by one space) and every word-boundary prefix of a key in two hash tables, a key built
 * word by word while matching.
 */
final class StringKeyedPhraseIndex<T> {
    private final Map<String, List<T>> full = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int maxWords;

    void add(List<String> words, T target) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                prefixes.add(key.toString());
                key.append(' ');
            }
            key.append(words.get(i));
        }
        List<T> targets = full.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
        if (!targets.contains(target)) {
            targets.add(target);
        }
        maxWords = Math.max(maxWords, words.size());
    }

    PhraseIndex.Match<T> longest(String[] keys, boolean[] breaks, int from, int to) {
        if (keys[from] == null || keys[from].isEmpty()) {
            return null;
        }
        List<T> single = full.get(keys[from]);
        if (!prefixes.contains(keys[from]) || maxWords < 2) {
            return single == null ? null : new PhraseIndex.Match<>(from, from + 1, single);
        }
        StringBuilder key = new StringBuilder(keys[from]);
        PhraseIndex.Match<T> best = null;
        int words = 1;
        for (int i = from; i < to; i++) {
            if (i > from) {
                if (breaks[i]) {
                    break;
                }
                String k = keys[i];
                if (k == null) {
                    break;
                }
                if (k.isEmpty()) {
                    continue;
                }
                key.append(' ').append(k);
                words++;
            }
            String s = key.toString();
            List<T> targets = full.get(s);
            if (targets != null) {
                best = new PhraseIndex.Match<>(from, i + 1, targets);
            }
            if (words >= maxWords || !prefixes.contains(s)) {
                break;
            }
        }
        return best;
    }
}
