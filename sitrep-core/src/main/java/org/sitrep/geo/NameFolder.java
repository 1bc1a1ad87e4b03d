package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a place name as written in a report or in GeoNames into the keys the gazetteer is indexed by.
 * The primary key ({@link #fold}) forgives diacritics, ayn/hamza marks, articles and the usual
 * transliteration variants (Kfar/Kafr, Sheikh/Shaykh, Tell/Tall, Ain/Ayn, ou/u, final -ah/-a/-eh);
 * the skeleton key ({@link #skeleton}) also forgets vowels and merges q/k/g, and is only a fallback.
 * All rules come from {@code sitrep/data/name-folding.tsv}; the file's comments document the steps.
 * Immutable and thread-safe.
 */
public final class NameFolder {

    /** Classpath location of the default rules. */
    public static final String DEFAULT_RULES = "/sitrep/data/name-folding.tsv";

    private final Map<Integer, String> charMap = new HashMap<>();
    private final Set<Integer> deleted = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final List<String[]> subs = new ArrayList<>();
    private final Map<String, String> words = new HashMap<>();
    private final List<String[]> suffixes = new ArrayList<>();
    private final List<String[]> skeletonSubs = new ArrayList<>();
    private final char[] skeletonChar = new char[128];
    private final boolean[] skeletonDrop = new boolean[128];
    private final Set<String> adminWords = new HashSet<>();
    private final String fingerprint;
    /**
     * Folds of single words already made: the name recogniser folds every token of every report, and news
     * repeats its words. Bounded: when full it is emptied and fills again with the words in use.
     */
    private final ConcurrentHashMap<String, String> folded = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 100_000;
    private static final int FOLDED_WORD_MAX = 40;

    private NameFolder(byte[] rules) {
        for (int c = 0; c < 128; c++) {
            skeletonChar[c] = (char) c;
        }
        List<String[]> wordRules = new ArrayList<>();
        List<String> adminRules = new ArrayList<>();
        String text = new String(rules, StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String kind = f[0];
            String from = f.length > 1 ? f[1] : "";
            String to = f.length > 2 ? f[2] : "";
            if (from.isEmpty()) {
                throw new IllegalArgumentException("name-folding rule without 'from' at line " + lineNo);
            }
            switch (kind) {
                case "char" -> charMap.put(from.codePointAt(0), to);
                case "delete" -> deleted.add(from.codePointAt(0));
                case "article" -> articles.add(from);
                case "sub" -> subs.add(new String[] {from, to});
                case "word" -> wordRules.add(new String[] {from, to});
                case "suffix" -> suffixes.add(new String[] {from, to});
                case "skeleton-sub" -> skeletonSubs.add(new String[] {from, to});
                case "skeleton-char" -> skeletonChar[from.charAt(0)] = to.charAt(0);
                case "skeleton-drop" -> skeletonDrop[from.charAt(0)] = true;
                case "admin-word" -> adminRules.add(from);
                default -> throw new IllegalArgumentException("unknown name-folding rule '" + kind + "' at line " + lineNo);
            }
        }
        // Both sides of the word table go through the same character steps as the names they meet.
        for (String[] rule : wordRules) {
            words.put(wordForm(rule[0]), wordForm(rule[1]));
        }
        for (String word : adminRules) {
            for (String w : fold(word).split(" ")) {
                if (!w.isEmpty()) {
                    adminWords.add(w);
                }
            }
        }
        fingerprint = sha256(rules);
    }

    /** Rules from a TSV file's bytes (see the default file for the format). */
    public static NameFolder fromTsv(byte[] rules) {
        return new NameFolder(rules.clone());
    }

    /** The rules shipped in {@value #DEFAULT_RULES}. */
    public static NameFolder loadDefault() {
        return fromTsv(readResource(DEFAULT_RULES));
    }

    /** A SHA-256 of the rules file: a gazetteer built with other rules has other keys. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * The primary key of a name: lower case ASCII words separated by single spaces, or the empty string
     * when nothing of the name survives (a name in a non-Latin script, a lone punctuation mark).
     */
    public String fold(CharSequence name) {
        if (name instanceof String word && word.length() <= FOLDED_WORD_MAX && word.indexOf(' ') < 0) {
            String f = folded.get(word);
            if (f == null) {
                f = foldWords(word);
                if (folded.size() >= FOLDED_MAX) {
                    folded.clear(); // a new generation: the words in use now come back, those of the loading do not
                }
                folded.putIfAbsent(word, f);
            }
            return f;
        }
        return foldWords(name);
    }

    private String foldWords(CharSequence name) {
        List<String> raw = splitWords(name);
        boolean onlyArticles = true;
        for (String w : raw) {
            if (!articles.contains(w)) {
                onlyArticles = false;
                break;
            }
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String w : raw) {
            if (!onlyArticles && articles.contains(w)) {
                continue;
            }
            String word = suffix(table(collapse(substitute(w, subs))));
            if (!word.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    /** True for an Arabic article or its like ("al", "el"), which keys leave out. */
    public boolean isArticle(String foldedWord) {
        return articles.contains(foldedWord);
    }

    /** The looser consonant-skeleton key of a primary key (the output of {@link #fold}). */
    public String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String w : folded.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            String s = substitute(w, skeletonSubs);
            StringBuilder kept = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char m = c < 128 ? skeletonChar[c] : c;
                if (m >= 128 || !skeletonDrop[m]) {
                    kept.append(m);
                }
            }
            if (kept.length() == 0) {
                char c = s.charAt(0);
                kept.append(c < 128 ? skeletonChar[c] : c);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(collapse(kept.toString()));
        }
        return out.toString();
    }

    /**
     * A primary key without the generic words for divisions ("aleppo province" -> "aleppo",
     * "mount simeon district" -> "mt simeon"); the key itself when nothing else would remain.
     */
    public String stripAdminWords(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String w : folded.split(" ")) {
            if (!w.isEmpty() && !adminWords.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.length() == 0 ? folded : out.toString();
    }

    private List<String> splitWords(CharSequence name) {
        String s = name.toString().toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                word.append((char) cp);
            } else if (deleted.contains(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                // vanishes: "Rif‘at" -> "rifat"
            } else if (charMap.containsKey(cp)) {
                word.append(charMap.get(cp));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private String wordForm(String word) {
        List<String> parts = splitWords(word);
        return parts.isEmpty() ? "" : collapse(substitute(String.join("", parts), subs));
    }

    private String table(String word) {
        String mapped = words.get(word);
        return mapped == null ? word : mapped;
    }

    private String suffix(String word) {
        for (String[] rule : suffixes) {
            String end = rule[0];
            if (word.endsWith(end) && word.length() - end.length() >= 2) {
                return word.substring(0, word.length() - end.length()) + rule[1];
            }
        }
        return word;
    }

    private static String substitute(String word, List<String[]> rules) {
        String w = word;
        for (String[] rule : rules) {
            if (w.contains(rule[0])) {
                w = w.replace(rule[0], rule[1]);
            }
        }
        return w;
    }

    private static String collapse(String word) {
        int n = word.length();
        for (int i = 1; i < n; i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                StringBuilder b = new StringBuilder(n);
                b.append(word, 0, i);
                for (int j = i; j < n; j++) {
                    if (word.charAt(j) != b.charAt(b.length() - 1)) {
                        b.append(word.charAt(j));
                    }
                }
                return b.toString();
            }
        }
        return word;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static byte[] readResource(String path) {
        try (InputStream in = NameFolder.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
