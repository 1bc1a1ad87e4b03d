package org.sitrep.extract.count;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tokens;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the numbers of English news copy, in digits or in words, with their qualifiers: "48,500", "1.5
 * million", "twenty-five", "two hundred and fifty", "a dozen", "at least 13", "nearly 6 million", and the
 * vague quantities that give no number ("dozens", "scores of"). Its words come from {@code numbers.tsv};
 * one instance serves all threads.
 */
public final class NumberReader {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/numbers.tsv";
    /**
     * The largest number read as a count (a thousand trillion): a longer run of digits is a serial, a phone number
     * or noise, not a count, and reading it would overflow (a long saturates; later sums would wrap).
     */
    public static final long MAX_VALUE = 1_000_000_000_000_000L;
    private static final String BETWEEN = "between";

    /** The one-word numbers below a hundred: units, tens and hyphenated pairs ("twenty-five"), read once. */
    private final Map<String, Long> wordNumbers;
    private final Map<String, Long> scales;
    private final CuePhrases<String> unitPhrases;
    private final CuePhrases<String> fixed;
    private final CuePhrases<String> vague;
    private final CuePhrases<Qualifier> qualifiers;
    private final CuePhrases<String> measures;
    /**
     * Every word a quantity in words can start with: the first words of the phrases, the number words and
     * "between". Any other token (most of a text) starts no quantity unless it is a digit.
     */
    private final CuePhrases<String> starts;

    private NumberReader(CueTable table) {
        wordNumbers = wordNumbers(values(table.kind("unit")), values(table.kind("tens")));
        scales = values(table.kind("scale"));
        unitPhrases = table.phrases("unit");
        fixed = table.phrases("fixed");
        vague = table.phrases("vague");
        Map<String, Qualifier> qualified = new LinkedHashMap<>();
        table.kind("qualifier").forEach((phrase, q) -> qualified.put(phrase,
                Qualifier.valueOf(q.toUpperCase(Locale.ROOT))));
        qualifiers = CuePhrases.of(qualified);
        measures = table.phrases("measure");
        Map<String, String> first = new HashMap<>();
        for (String kind : List.of("unit", "fixed", "vague", "qualifier")) {
            for (String phrase : table.kind(kind).keySet()) {
                String[] words = phrase.strip().split("\\s+");
                first.put(words[0], kind);
            }
        }
        wordNumbers.keySet().forEach(w -> first.put(w, "number"));
        first.put(BETWEEN, BETWEEN);
        starts = CuePhrases.of(first);
    }

    private static Map<String, Long> values(Map<String, String> words) {
        Map<String, Long> out = new HashMap<>();
        words.forEach((w, v) -> out.put(w, Long.parseLong(v)));
        return out;
    }

    /**
     * Every one-word number below a hundred: a unit or tens word, or a tens word, a hyphen and a unit below ten
     * ("twenty-five"). A unit phrase of several words ("a couple of") is no word, and is read as a phrase.
     */
    private static Map<String, Long> wordNumbers(Map<String, Long> units, Map<String, Long> tens) {
        Map<String, Long> out = new HashMap<>();
        units.forEach((w, v) -> {
            if (!w.contains(" ")) {
                out.put(w, v);
            }
        });
        tens.forEach(out::putIfAbsent);
        tens.forEach((t, tv) -> units.forEach((u, uv) -> {
            if (uv < 10 && t.indexOf('-') < 0) { // the first hyphen splits the pair
                out.putIfAbsent(t + "-" + u, tv + uv);
            }
        }));
        return out;
    }

    public static NumberReader loadDefault() {
        return new NumberReader(CueTable.load(DEFAULT_RESOURCE));
    }

    /** The quantity starting at token {@code i} (before {@code to}), or null when none starts there. */
    public Quantity read(Tokens tokens, int i, int to) {
        if (!starts.startsAt(tokens, i, i + 1) && !Character.isDigit(tokens.first(i))) {
            return null; // no vague word, qualifier, "between", number word or phrase starts here
        }
        return readAt(tokens, i, to);
    }

    /** {@link #read} without its gate, which a caller asking at every token of a text needs (and tests). */
    Quantity readAt(Tokens tokens, int i, int to) {
        CuePhrases.Match<String> v = vague.at(tokens, i, to);
        if (v != null) {
            return new Quantity(i, v.end(), null, Qualifier.EXACT, tokens.text(i) + text(tokens, i + 1, v.end()));
        }
        Qualifier qualifier = Qualifier.EXACT;
        int at = i;
        CuePhrases.Match<Qualifier> q = qualifiers.at(tokens, i, to);
        if (q != null) {
            qualifier = q.value();
            at = q.end();
        }
        if (at >= to) {
            return null;
        }
        boolean between = q == null && tokens.isIgnoreCase(i, BETWEEN);
        if (between) {
            at = i + 1;
        }
        long[] parsed = at < to ? number(tokens, at, to) : null;
        if (parsed == null) {
            return null;
        }
        int end = (int) parsed[1];
        if (end + 1 < to && (tokens.is(end, "to") || tokens.is(end, "-") || (between && tokens.is(end, "and")))) {
            long[] upper = number(tokens, end + 1, to);
            if (upper != null && upper[0] > parsed[0]) { // "between 17 and 20", "17 to 20": the lower bound
                boolean from = i > 0 && tokens.isIgnoreCase(i - 1, "from");
                return new Quantity(i, (int) upper[1], from ? upper[0] : parsed[0],
                        from ? qualifier : Qualifier.AT_LEAST, null);
            }
        }
        if (between) {
            return null;
        }
        if (end < to && measures.startsAt(tokens, end, to)) {
            return null; // "13 km", "30 percent", "five years": a measure, not a count
        }
        return new Quantity(i, end, parsed[0], qualifier, null);
    }

    /** {value, end} of the number at {@code i}, or null. */
    private long[] number(Tokens tokens, int i, int to) {
        CuePhrases.Match<String> f = fixed.at(tokens, i, to);
        if (f != null) {
            return new long[] {Long.parseLong(f.value()), f.end()};
        }
        if (Character.isDigit(tokens.first(i))) {
            Double d = digits(tokens.text(i));
            if (d == null) {
                return null;
            }
            int end = i + 1;
            Long scale = end < to ? scales.get(tokens.lower(end)) : null;
            if (scale != null) {
                d *= scale;
                end++;
            }
            return d > MAX_VALUE ? null : new long[] {Math.round(d), end};
        }
        return words(tokens, i, to);
    }

    /** A number written in words: "two", "twenty-five", "two hundred and fifty", "three million". */
    private long[] words(Tokens tokens, int i, int to) {
        long total = 0;
        long group = 0;
        boolean any = false;
        int end = i;
        int k = i;
        while (k < to) {
            String w = tokens.lower(k);
            Long small = small(w);
            if (small == null) {
                CuePhrases.Match<String> u = unitPhrases.at(tokens, k, to);
                if (u != null && u.end() - u.first() > 1) {
                    small = Long.parseLong(u.value());
                    k = u.end() - 1;
                }
            }
            if (small != null) {
                if (any && ((small < 10 && group % 10 != 0) || (small >= 10 && group % 100 != 0))) {
                    break;
                }
                group += small;
                any = true;
                end = ++k;
                continue;
            }
            Long scale = scales.get(w);
            if (scale != null && any && w.length() > 2) {
                long s = scale;
                if (group > MAX_VALUE / s || total > MAX_VALUE - group * s) {
                    return null; // "nine hundred hundred hundred ...": past any count, and a long would wrap
                }
                if (s == 100) {
                    group *= 100;
                } else {
                    total += group * s;
                    group = 0;
                }
                end = ++k;
                if (k + 1 < to && tokens.lower(k).equals("and") && small(tokens.lower(k + 1)) != null) {
                    k++; // "two hundred and fifty"
                }
                continue;
            }
            break;
        }
        if (!any || total + group > MAX_VALUE) {
            return null;
        }
        if (total + group == 1 && end < to && tokens.lower(end).equals("of")) {
            return null; // "one of the ..." is not a count
        }
        return new long[] {total + group, end};
    }

    /** A unit or tens word, or a hyphenated pair ("twenty-five"), lower case; null for any other word. */
    Long small(String w) {
        return wordNumbers.get(w);
    }

    private static Double digits(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c) || c == '.') {
                b.append(c);
            } else if (c != ',') {
                return null; // "46th", "M5", "2-3"
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Tokens tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(' ').append(tokens.text(k));
        }
        return b.toString();
    }
}
