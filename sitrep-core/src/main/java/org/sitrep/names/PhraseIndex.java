package org.sitrep.names;

import org.sitrep.geo.NameFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word trie over folded phrases. Matching walks forward token by token from node to node, one hash probe per
 * token on a key whose hash the string already holds, so a sentence is scanned in time proportional to its
 * tokens and no key is built while matching. A node stands for one string of words joined by single spaces:
 * a token whose fold holds a space ("jabhat nusra") walks one edge per word, and meets the same node as the
 * same words in separate tokens. Built once; read-only afterwards and shared by all threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    /** One string of words: the phrases it spells and the words that may follow it. */
    static final class Node<T> {
        private List<T> targets;
        /** True when a longer phrase goes on past this node at a word boundary of the phrase as added. */
        private boolean continues;
        private Map<String, Node<T>> next;

        /** The phrases spelt by exactly this node's words, or null. */
        List<T> targets() {
            return targets;
        }

        /** True when some longer phrase starts with this node's words and a space. */
        boolean continues() {
            return continues;
        }

        private Node<T> child(String word) {
            return next == null ? null : next.get(word);
        }

        private Node<T> childOrNew(String word) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, w -> new Node<>());
        }
    }

    private final Node<T> root = new Node<>();
    /**
     * One bit per hash of every phrase's first word, 2^18 bits: the root's table holds thousands of words and a
     * probe of it misses the cache, while most tokens of a text start no phrase and are turned away here.
     */
    private final long[] firstWords = new long[1 << 12];
    private int size;
    private int maxWords;

    /** Adds a phrase given as its folded words (articles already left out). */
    public void add(List<String> words, T target) {
        if (words.isEmpty()) {
            return;
        }
        String first = words.get(0);
        int space = first.indexOf(' ');
        markFirstWord(space < 0 ? first : first.substring(0, space));
        Node<T> node = root;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                node.continues = true;
            }
            node = descend(node, words.get(i));
        }
        if (node.targets == null) {
            node.targets = new ArrayList<>(1);
            size++;
        }
        if (!node.targets.contains(target)) {
            node.targets.add(target);
        }
        maxWords = Math.max(maxWords, words.size());
    }

    private void markFirstWord(String word) {
        int bit = gateBit(word.hashCode());
        firstWords[bit >>> 6] |= 1L << bit;
    }

    /** False when no phrase starts with this key's first word (a key holding a space is let through). */
    private boolean mayStart(String key) {
        int bit = gateBit(key.hashCode());
        return (firstWords[bit >>> 6] & 1L << bit) != 0 || key.indexOf(' ') >= 0;
    }

    private static int gateBit(int hash) {
        return (hash ^ hash >>> 18) & ((1 << 18) - 1);
    }

    private static <T> Node<T> descend(Node<T> node, String key) {
        int from = 0;
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', from)) {
            node = node.childOrNew(key.substring(from, space));
            from = space + 1;
        }
        return node.childOrNew(from == 0 ? key : key.substring(from));
    }

    public int size() {
        return size;
    }

    /** What every phrase stands for, phrase by phrase (a target of two phrases comes twice). */
    public List<T> targets() {
        List<T> out = new ArrayList<>(size);
        List<Node<T>> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node<T> node = todo.remove(todo.size() - 1);
            if (node.targets != null) {
                out.addAll(node.targets);
            }
            if (node.next != null) {
                todo.addAll(node.next.values());
            }
        }
        return out;
    }

    /** The node of the empty string, where every walk starts. */
    Node<T> root() {
        return root;
    }

    /**
     * The node reached from {@code node} by one more key (a token's fold, or a slot's marker): its words after
     * a space, or alone from the root; null when no phrase has those words.
     */
    static <T> Node<T> step(Node<T> node, String key) {
        if (node == null) {
            return null;
        }
        if (key.indexOf(' ') < 0) {
            return node.child(key);
        }
        int from = 0;
        for (int space = key.indexOf(' '); space >= 0 && node != null; space = key.indexOf(' ', from)) {
            node = node.child(key.substring(from, space));
            from = space + 1;
        }
        return node == null ? null : node.child(key.substring(from));
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
        if (keys[from] == null || keys[from].isEmpty() || !mayStart(keys[from])) {
            return null;
        }
        Node<T> node = step(root, keys[from]);
        if (node == null) {
            return null;
        }
        Match<T> best = node.targets == null ? null : new Match<>(from, from + 1, node.targets);
        int words = 1;
        for (int i = from + 1; i < to && words < maxWords && node.continues; i++) {
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
            node = step(node, k);
            if (node == null) {
                break;
            }
            words++;
            if (node.targets != null) {
                best = new Match<>(from, i + 1, node.targets);
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
