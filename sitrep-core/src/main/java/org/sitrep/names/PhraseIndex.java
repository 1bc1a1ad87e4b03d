package org.sitrep.names;

import org.sitrep.geo.NameFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word trie over folded phrases, kept as two hash tables: the full keys with their targets and every
 * proper word prefix of a key. Matching walks forward word by word while the prefix table allows, so a
 * sentence is scanned in time proportional to its tokens. Built once; read-only afterwards and shared by
 * all threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    private final Map<String, List<T>> full = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int maxWords;

    /** Adds a phrase given as its folded words (articles already left out). */
    public void add(List<String> words, T target) {
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

    public int size() {
        return full.size();
    }

    /** The targets of exactly this key (folded words joined by one space), or null. */
    List<T> get(String key) {
        return full.get(key);
    }

    /** True when some longer key starts with this key and a space. */
    boolean continues(String key) {
        return prefixes.contains(key);
    }

    /**
     * The token after {@code i} that carries a word, skipping articles and hyphens; -1 when a break, a
     * phrase-ending token or {@code to} comes first. The step every walk over {@code keys} takes.
     */
    static int nextWord(String[] keys, boolean[] breaks, int i, int to) {
        for (int j = i + 1; j < to; j++) {
            if (breaks[j] || keys[j] == null) {
                return -1;
            }
            if (!keys[j].isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The longest phrase starting at word {@code from} of {@code keys} (folded tokens, null or empty for
     * tokens to skip, such as articles), not going past {@code to}; null when none.
     */
    public Match<T> longest(String[] keys, boolean[] breaks, int from, int to) {
        if (keys[from] == null || keys[from].isEmpty()) {
            return null;
        }
        // Most tokens start no phrase: the first word is looked up as it is, its hash already known.
        List<T> single = full.get(keys[from]);
        if (!prefixes.contains(keys[from]) || maxWords < 2) {
            return single == null ? null : new Match<>(from, from + 1, single);
        }
        StringBuilder key = new StringBuilder(keys[from]);
        Match<T> best = null;
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
                best = new Match<>(from, i + 1, targets);
            }
            if (words >= maxWords || !prefixes.contains(s)) {
                break;
            }
        }
        return best;
    }

    /** The folded words of a phrase, tokenised like text. */
    public static List<String> words(String phrase, NameFolder folder, org.sitrep.text.Tokenizer tokenizer) {
        List<String> out = new ArrayList<>();
        org.sitrep.model.Tokens t = tokenizer.tokenize(phrase);
        for (int i = 0; i < t.size(); i++) {
            String k = fold(t.text(i), folder);
            if (k != null && !k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The key of one token: folded, empty for an article ("al"), a possessive or a hyphen, null for punctuation
     * that ends a phrase.
     */
    public static String fold(String token, NameFolder folder) {
        char c = token.charAt(0);
        if (!Character.isLetterOrDigit(c) && c != '@' && c != '#') {
            boolean possessive = token.length() == 2 && (token.charAt(1) == 's' || token.charAt(1) == 'S')
                    || token.length() == 1 && (c == '\'' || c == '\u2019'); // "Peoples' Protection Units"
            return possessive || c == '-' || c == '\u2011' || c == '&' || c == '.' ? "" : null;
        }

        String f = folder.fold(token);
        return folder.isArticle(f) ? "" : f;
    }

    /** A phrase found at tokens {@code [from, to)}. */
    public record Match<T>(int from, int to, List<T> targets) {
    }
}
