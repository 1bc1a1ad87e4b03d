package org.sitrep.source;

import org.sitrep.text.LiteralFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places where a text names its own outlet or credits news agencies, by the phrasings of
 * {@link OutletTable#phrases()}: "{O} could not independently verify", "{O}'s Jane Doe contributed",
 * "Reuters and AFP contributed to this report". Patterns are compiled once; {@link #scan} is thread-safe.
 */
final class OutletMentions {
    /**
     * A capitalised word of a name. Its runs of letters are possessive: what may follow a run (a period, an
     * apostrophe, a space, a comma, a parenthesis, the end of a line) is never a letter or digit, so a run that
     * gave back characters could not lead to a match, and the engine would otherwise retry each shorter run at
     * each of a name's words before it fails.
     */
    private static final String WORD = "[A-Z0-9][\\p{L}\\d&+/-]*+(?:\\.[\\p{L}\\d]++)*(?:['’](?!s\\b)\\p{L}++)*";
    private static final String NAME = "(?-i:(?:[Tt]he )?" + WORD + "(?:(?: of| &| for)? " + WORD + "){0,5})";
    private static final String LIST = "(?-i:" + NAME + "(?:(?:,\\s*|,?\\s+and\\s+)" + NAME + ")*)";
    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** One naming: the name as written, the phrasing's strength, and the words that matched. */
    record Hit(String name, String strength, String snippet) {
        boolean isWire() {
            return strength.equals("wire");
        }
    }

    /** How far before and after a gate literal a phrasing can reach: a name of six words and its verb. */
    private static final int REACH = 240;

    private record Compiled(String strength, Pattern pattern, boolean list, List<String> gate) {

        /**
         * The stretches of text the pattern can match in: the whole text when it has no gate, otherwise
         * windows around each occurrence of a gate literal, merged where they overlap; empty when no
         * literal occurs, which is the common case.
         */
        List<int[]> windows(String text, List<int[]> hits) {
            if (gate.isEmpty()) {
                return List.of(new int[] {0, text.length()});
            }
            if (hits.size() < 2) {
                return hits;
            }
            hits.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            int[] current = hits.get(0);
            for (int[] next : hits.subList(1, hits.size())) {
                if (next[0] <= current[1]) {
                    current[1] = Math.max(current[1], next[1]);
                } else {
                    merged.add(current);
                    current = next;
                }
            }
            merged.add(current);
            return merged;
        }

        /** Back from {@code i} to the start of its line, or to a word boundary at most REACH before. */
        private static int lineStart(String text, int i) {
            int limit = Math.max(0, i - REACH);
            for (int p = i - 1; p >= limit; p--) {
                if (text.charAt(p) == '\n') {
                    return p + 1;
                }
            }
            int p = limit;
            while (p > 0 && p < i && !Character.isWhitespace(text.charAt(p - 1))) {
                p++;
            }
            return p;
        }
    }

    private final List<Compiled> patterns = new ArrayList<>();
    private final Set<String> leadWords;
    /** Every gate literal of every phrasing, found in one pass; and for each, the phrasings it opens. */
    private final LiteralFinder gates;
    private final List<String> gateLiterals = new ArrayList<>();
    private final List<int[]> gatedPatterns = new ArrayList<>();

    OutletMentions(OutletTable table) {
        this(table, true);
    }

    /** With {@code openingGates} false, no pattern has the look-ahead of {@link PhraseOpening} (for tests). */
    OutletMentions(OutletTable table, boolean openingGates) {
        this.leadWords = table.leadWords();
        for (OutletTable.Phrase p : table.phrases()) {
            boolean list = p.pattern().contains("{LIST}");
            String regex = p.pattern()
                    .replace("{O}", "(" + NAME + ")")
                    .replace("{W}", "(" + NAME + ")")
                    .replace("{LIST}", "(" + LIST + ")");
            String gate = openingGates ? PhraseOpening.gate(p.pattern()) : "";
            patterns.add(new Compiled(p.strength(), Pattern.compile(gate + regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE), list, p.gate()));
        }
        java.util.Map<String, List<Integer>> opens = new java.util.LinkedHashMap<>();
        for (int k = 0; k < patterns.size(); k++) {
            for (String literal : patterns.get(k).gate()) {
                List<Integer> list = opens.computeIfAbsent(literal, x -> new ArrayList<>());
                if (!list.contains(k)) {
                    list.add(k);
                }
            }
        }
        opens.forEach((literal, which) -> {
            gateLiterals.add(literal);
            gatedPatterns.add(which.stream().mapToInt(Integer::intValue).toArray());
        });
        gates = LiteralFinder.of(gateLiterals);
    }

    /** Every naming in {@code text}, in the order of the phrasings. */
    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        List<List<int[]>> literalHits = new ArrayList<>();
        for (int k = 0; k < patterns.size(); k++) {
            literalHits.add(new ArrayList<>());
        }
        if (aligned) {
            for (LiteralFinder.Occurrence o : gates.find(lower)) {
                int at = o.start();
                int[] window = {Compiled.lineStart(text, at),
                        Math.min(text.length(), at + gateLiterals.get(o.literal()).length() + REACH)};
                for (int k : gatedPatterns.get(o.literal())) {
                    literalHits.get(k).add(window.clone());
                }
            }
        }
        for (int k = 0; k < patterns.size(); k++) {
            Compiled c = patterns.get(k);
            for (int[] window : aligned ? c.windows(text, literalHits.get(k)) : List.of(new int[] {0, text.length()})) {
                Matcher m = c.pattern().matcher(text).region(window[0], window[1])
                        .useTransparentBounds(true).useAnchoringBounds(false);
                collect(m, c, hits);
            }
        }
        return hits;
    }

    private void collect(Matcher m, Compiled c, List<Hit> hits) {
        while (m.find()) {
            String snippet = m.group().strip();
            if (c.list()) {
                for (String part : LIST_SPLIT.split(m.group(1))) {
                    addName(hits, part, c.strength(), snippet);
                }
            } else {
                addName(hits, m.group(1), c.strength(), snippet);
            }
        }
    }

    private void addName(List<Hit> hits, String raw, String strength, String snippet) {
        String name = trimLeadWords(raw.strip());
        if (!name.isEmpty()) {
            hits.add(new Hit(name, strength, snippet));
        }
    }

    /** Drops sentence openers ("Meanwhile CNN" becomes "CNN"); keeps a leading "The". */
    String trimLeadWords(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
        boolean the = !words.isEmpty() && words.get(0).equalsIgnoreCase("the");
        if (the) {
            words.remove(0);
        }
        int dropped = 0;
        while (!words.isEmpty() && leadWords.contains(words.get(0))) {
            words.remove(0);
            dropped++;
        }
        if (words.isEmpty()) {
            return "";
        }
        String rest = String.join(" ", words);
        return the && dropped == 0 ? name.substring(0, 3) + " " + rest : rest;
    }
}
