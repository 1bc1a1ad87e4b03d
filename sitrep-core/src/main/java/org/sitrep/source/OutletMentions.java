package org.sitrep.source;

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
    private static final String WORD = "[A-Z0-9][\\p{L}\\d&+/-]*(?:\\.[\\p{L}\\d]+)*(?:['’](?!s\\b)\\p{L}+)*";
    private static final String NAME = "(?-i:(?:[Tt]he )?" + WORD + "(?:(?: of| &| for)? " + WORD + "){0,5})";
    private static final String LIST = "(?-i:" + NAME + "(?:(?:,\\s*|,?\\s+and\\s+)" + NAME + ")*)";
    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** One naming: the name as written, the phrasing's strength, and the words that matched. */
    record Hit(String name, String strength, String snippet) {
        boolean isWire() {
            return strength.equals("wire");
        }
    }

    private record Compiled(String strength, Pattern pattern, boolean list) {
    }

    private final List<Compiled> patterns = new ArrayList<>();
    private final Set<String> leadWords;

    OutletMentions(OutletTable table) {
        this.leadWords = table.leadWords();
        for (OutletTable.Phrase p : table.phrases()) {
            boolean list = p.pattern().contains("{LIST}");
            String regex = p.pattern()
                    .replace("{O}", "(" + NAME + ")")
                    .replace("{W}", "(" + NAME + ")")
                    .replace("{LIST}", "(" + LIST + ")");
            patterns.add(new Compiled(p.strength(), Pattern.compile(regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE), list));
        }
    }

    /** Every naming in {@code text}, in the order of the phrasings. */
    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Compiled c : patterns) {
            Matcher m = c.pattern().matcher(text);
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
        return hits;
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
