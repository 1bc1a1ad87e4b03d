package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;

/**
 * What the resolvers of one text share: the text and its words, the day of writing, where the expressions are
 * (so that a future cue inside one of them is not read), and the last single day resolved (the reference of
 * "the next day"). Lives for one call.
 */
final class ResolveContext {
    /** How far back the clause of an expression is searched for a future cue. */
    private static final int CLAUSE_REACH = 200;

    final TimeLexicon lexicon;
    final String text;
    final TimeTokens tk;
    /** The day of writing, or null. */
    final LocalDate published;
    private final SpanResolver[] resolvers;
    private final int[] starts;
    private final int[] ends;
    /** The last single day resolved, or null. */
    LocalDate ref;
    int refPrecision = 1;

    ResolveContext(TimeLexicon lexicon, SpanResolver[] resolvers, String text, TimeTokens tk, LocalDate published,
                   List<TimeItem> items) {
        this.lexicon = lexicon;
        this.resolvers = resolvers;
        this.text = text;
        this.tk = tk;
        this.published = published;
        starts = new int[items.size()];
        ends = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            starts[i] = items.get(i).start;
            ends[i] = items.get(i).end;
        }
    }

    /**
     * The days of {@code it} as the first resolver that reads it gives them; {@code clause} is the item whose
     * clause decides the tense (the range for its two ends).
     */
    DaySpan span(TimeItem it, TimeItem clause) {
        for (SpanResolver r : resolvers) {
            DaySpan s = r.resolve(this, it, clause);
            if (s != null) {
                return s;
            }
        }
        return DaySpan.unplaced(3);
    }

    /** True when a future cue stands in the clause before the item, outside other expressions. */
    boolean future(TimeItem it) {
        if (it.future == null) {
            it.future = findFuture(it.start);
        }
        return it.future;
    }

    private boolean findFuture(int at) {
        int from = at;
        while (from > 0 && at - from < CLAUSE_REACH && !boundary(text, from - 1)) {
            from--;
        }
        for (int t = tk.firstStartingFrom(from); t < tk.n && tk.end[t] <= at; t++) {
            if (inside(tk.start[t])) {
                continue;
            }
            if (lexicon.attachedFutureCue && tk.start[t] > 0 && tk.is(t, "ll")) {
                char c = text.charAt(tk.start[t] - 1);
                if (c == '\'' || c == '’') {
                    return true;
                }
            }
            if (lexicon.longest(lexicon.futureCues, tk, t, at) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > pos) {
                hi = mid - 1;
            } else if (ends[mid] <= pos) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** A clause ends here: punctuation, or a full stop before a capital or a line end ("Dec. 2" goes on). */
    static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case ',', ';', ':', '\n', '—', '–', '(', ')', '"', '“', '”' -> {
                return true;
            }
            case '.', '!', '?' -> {
                if (i + 1 >= text.length()) {
                    return true;
                }
                if (!Character.isWhitespace(text.charAt(i + 1))) {
                    return false;
                }
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                return j >= text.length() || !Character.isLowerCase(text.charAt(j)) && !Character.isDigit(text.charAt(j));
            }
            default -> {
                return false;
            }
        }
    }
}
