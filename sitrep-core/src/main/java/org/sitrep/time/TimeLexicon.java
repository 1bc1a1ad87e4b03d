package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of the time resolver, read once from the phrases and values of {@code date-words.tsv}: the
 * phrases it finds itself (days told relative to the last day named or to today, spans back from today, named
 * periods), the numbers and time units of their slots, and the cues read around expressions (future tense,
 * "since"/"until", range openers and joiners, weekday shifts, qualifiers, span leads, day parts).
 *
 * <p>Built once per {@link TimeResolver}, never changed after; shared by all threads.
 */
final class TimeLexicon {

    /** What a phrase of the data file tells. */
    enum PhraseKind {
        /** A day relative to the last day named: "the next day", "two days later". */
        ANAPHOR,
        /** A day relative to the day of writing: "two days ago". */
        FROM_TODAY,
        /** A span back from the day of writing: "over the past three days". */
        SPAN_BACK,
        /** A named period: "last week", "since the start of the month". */
        PERIOD
    }

    /**
     * A phrase of the data file: a fixed offset in days ({@code sign} 0) or a counted one (sign +1/-1); for a
     * fixed span its length in hours and the hours of its unit; for a period the period.
     */
    record Phrase(PhraseKind kind, int days, int sign, int hours, int unit, Period period) {
    }

    /** A period: its unit ("week", "month", "year", else the weekend), shift from the current one, part. */
    record Period(String unit, int shift, String part, boolean since) {
    }

    /** A number written in words, vague ("a few") or not. */
    record Count(int value, boolean vague) {
    }

    final WordTrie<Phrase> phrases = new WordTrie<>();
    final WordTrie<Boolean> futureCues = new WordTrie<>();
    /** True when "'ll" attached to a word is a future cue. */
    final boolean attachedFutureCue;
    final WordTrie<Count> numbers = new WordTrie<>();
    final WordTrie<Integer> units = new WordTrie<>();
    final WordTrie<Relation> relationCues = new WordTrie<>();
    final WordTrie<Boolean> rangeOpeners = new WordTrie<>();
    final Set<String> rangeJoins = new HashSet<>();
    final WordTrie<Integer> weekdayShifts = new WordTrie<>();
    final WordTrie<Integer> qualifiers = new WordTrie<>();
    final WordTrie<Boolean> spanLeads = new WordTrie<>();
    final WordTrie<Boolean> dayParts = new WordTrie<>();
    private final Map<String, Period> periods = new HashMap<>();

    TimeLexicon(DateWords words) {
        boolean attached = false;
        for (String cue : words.phrases("future-cue")) {
            if (cue.startsWith("'") || cue.startsWith("’")) {
                attached = true;
            } else {
                futureCues.add(cue, Boolean.TRUE, false);
            }
        }
        attachedFutureCue = attached;
        words.values("number").forEach((phrase, value) -> {
            boolean vague = value.endsWith("~");
            numbers.add(phrase, new Count(Integer.parseInt(vague ? value.substring(0, value.length() - 1) : value),
                    vague), false);
        });
        Map<String, Integer> unitHours = new HashMap<>();
        words.values("time-unit").forEach((phrase, value) -> {
            units.add(phrase, Integer.parseInt(value), false);
            unitHours.put(phrase, Integer.parseInt(value));
        });
        words.values("anaphor").forEach((phrase, value) ->
                phrases.add(phrase, offsetPhrase(PhraseKind.ANAPHOR, value), false));
        words.values("from-today").forEach((phrase, value) ->
                phrases.add(phrase, offsetPhrase(PhraseKind.FROM_TODAY, value), false));
        words.values("span-back").forEach((phrase, value) -> {
            int hours = 0;
            int unit = 0;
            if (!value.isBlank()) {
                String[] parts = value.strip().split("\\s+");
                unit = unitHours.get(parts[1]);
                hours = Integer.parseInt(parts[0]) * unit;
            }
            phrases.add(phrase, new Phrase(PhraseKind.SPAN_BACK, 0, 0, hours, unit, null), false);
        });
        words.values("period").forEach((phrase, value) -> {
            String[] parts = value.strip().split("\\s+");
            Period period = new Period(parts[0], Integer.parseInt(parts[1]), parts[2],
                    parts.length > 3 && parts[3].equals("since"));
            periods.put(phrase, period);
            phrases.add(phrase, new Phrase(PhraseKind.PERIOD, 0, 0, 0, 0, period), false);
        });
        words.phrases("span-lead").forEach(p -> spanLeads.add(p, Boolean.TRUE, true));
        words.phrases("since-cue").forEach(p -> relationCues.add(p, Relation.SINCE, true));
        words.phrases("until-cue").forEach(p -> relationCues.add(p, Relation.UNTIL, true));
        words.phrases("range-open").forEach(p -> rangeOpeners.add(p, Boolean.TRUE, true));
        rangeJoins.addAll(words.phrases("range-join"));
        words.values("weekday-shift").forEach((p, v) -> weekdayShifts.add(p, Integer.parseInt(v), true));
        words.values("qualifier").forEach((p, v) -> qualifiers.add(p, Integer.parseInt(v), true));
        words.phrases("day-part").forEach(p -> dayParts.add(p, Boolean.TRUE, false));
    }

    /** The period a mention's words name ("earlier this month"), or null. */
    Period period(String written) {
        return periods.get(normalise(written));
    }

    /** The longest phrase of {@code trie} that starts at word {@code i} and ends by {@code limit}. */
    <V> WordHit<V> longest(WordTrie<V> trie, TimeTokens tk, int i, int limit) {
        WordTrie.Node<V> root = trie.root;
        if (i >= tk.n || tk.end[i] > limit) {
            return null;
        }
        boolean possible = root.find(tk, i) != null
                || root.number != null && (tk.digits(i) || numbers.root.find(tk, i) != null)
                || root.unit != null && units.root.find(tk, i) != null;
        if (!possible) {
            return null;
        }
        WordHit<V> best = new WordHit<>();
        walk(root, tk, i, i, limit, -1, false, 0, best);
        return best.to < 0 ? null : best;
    }

    private <V> void walk(WordTrie.Node<V> node, TimeTokens tk, int from, int next, int limit, int count,
                          boolean vague, int hours, WordHit<V> best) {
        if (node.value != null && next > from && next - 1 > best.to) {
            best.from = from;
            best.to = next - 1;
            best.value = node.value;
            best.count = count;
            best.vague = vague;
            best.hours = hours;
        }
        if (next >= tk.n || tk.end[next] > limit || next > from && !tk.spaced[next]) {
            return;
        }
        WordTrie.Node<V> w = node.find(tk, next);
        if (w != null) {
            walk(w, tk, from, next + 1, limit, count, vague, hours, best);
        }
        if (node.number != null) {
            if (tk.digits(next)) {
                walk(node.number, tk, from, next + 1, limit, tk.intValue(next), false, hours, best);
            } else {
                WordHit<Count> c = longest(numbers, tk, next, limit);
                if (c != null) {
                    walk(node.number, tk, from, c.to + 1, limit, c.value.value(), c.value.vague(), hours, best);
                }
            }
        }
        if (node.unit != null) {
            WordTrie.Node<Integer> u = units.root.find(tk, next);
            boolean plural = Character.toLowerCase(tk.text.charAt(tk.end[next] - 1)) == 's';
            if (u != null && u.value != null && (count >= 0 || !plural)) {
                walk(node.unit, tk, from, next + 1, limit, count, vague, u.value, best);
            }
        }
    }

    private static Phrase offsetPhrase(PhraseKind kind, String value) {
        String v = value.strip();
        if (v.equals("+") || v.equals("-")) {
            return new Phrase(kind, 0, v.equals("+") ? 1 : -1, 0, 0, null);
        }
        return new Phrase(kind, Integer.parseInt(v.startsWith("+") ? v.substring(1) : v), 0, 0, 0, null);
    }

    /** Lower case with single spaces, as the data file writes phrases. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
