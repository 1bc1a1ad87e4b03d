package org.sitrep.time;

import java.util.List;

/**
 * A day of a month widened into a range of days of that month: "Nov. 26-29", "Nov. 26 to 29, 2024" (the
 * second day after the mention, and the year after it taken in), "26-29 November", "between 26 and 29
 * November" (the first day before it). A range joined by "and" needs its opener ("between").
 */
final class DayRange implements ItemExtension {
    private static final String DASHES = "-–—";

    public String name() {
        return "extend:day-range";
    }

    public void extend(ItemScan s, TimeItem it) {
        if (!it.is(DateMention.Kind.EXPLICIT)) {
            return;
        }
        String written = it.mention.text();
        if (it.mention.year() == null && Character.isDigit(written.charAt(written.length() - 1))) {
            dayAfter(s, it);
        } else if (Character.isDigit(written.charAt(0))) {
            dayBefore(s, it);
        }
    }

    /** "Nov. 26-29", "Nov. 26 to 29, 2024". */
    private static void dayAfter(ItemScan s, TimeItem it) {
        String text = s.text;
        TimeTokens tk = s.tk;
        DateMention m = it.mention;
        int t = tk.firstStartingFrom(it.end);
        int joinEnd = joinAfter(s, it.end, t);
        if (joinEnd < 0) {
            return;
        }
        int d = tk.firstStartingFrom(joinEnd);
        if (d < tk.n && tk.end[d] <= s.nextStart && tk.digits(d) && tk.end[d] - tk.start[d] <= 2
                && TimeTokens.blank(text, joinEnd, tk.start[d]) && plainNumberEnd(text, tk.end[d])) {
            int day = tk.intValue(d);
            boolean needsOpener = !isDash(text, it.end, joinEnd) && tk.is(t, "and");
            WordHit<Boolean> opener = s.lexicon.rangeOpeners.endingBefore(tk, it.start, s.prevEnd, false);
            if (day > m.day() && day <= m.month().maxLength() && (!needsOpener || opener != null)) {
                it.toDay = day;
                it.end = tk.end[d];
                if (opener != null) {
                    it.start = tk.start[opener.from];
                    it.opened = true;
                }
                takeYear(s, it);
            }
        }
    }

    /** ", 2024" right after the range: its year, and the year mention is taken in. */
    private static void takeYear(ItemScan s, TimeItem it) {
        List<TimeItem> items = s.items;
        if (s.k + 1 >= items.size()) {
            return;
        }
        String text = s.text;
        TimeItem next = items.get(s.k + 1);
        int p = it.end;
        if (p < text.length() && text.charAt(p) == ',') {
            p++;
        }
        if (next.is(DateMention.Kind.YEAR)
                && next.start > p && TimeTokens.blank(text, p, next.start) && next.start - p <= 2) {
            it.rangeYear = next.mention.year();
            it.end = next.end;
            next.consumed = true;
        }
    }

    /** "26-29 November", "between 26 and 29 November". */
    private static void dayBefore(ItemScan s, TimeItem it) {
        String text = s.text;
        TimeTokens tk = s.tk;
        boolean dash = false;
        int joinStart;
        int before = -1;
        int j = it.start;
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        if (j > 0 && DASHES.indexOf(text.charAt(j - 1)) >= 0) {
            dash = true;
            joinStart = j - 1;
        } else {
            before = tk.lastEndingBy(j);
            if (before < 0 || tk.end[before] != j || j == it.start
                    || !s.lexicon.rangeJoins.contains(tk.lower(before))) {
                return;
            }
            joinStart = tk.start[before];
        }
        int d = tk.lastEndingBy(joinStart);
        if (d < 0 || !tk.digits(d) || tk.end[d] - tk.start[d] > 2 || tk.start[d] < s.prevEnd
                || !TimeTokens.blank(text, tk.end[d], joinStart)
                || tk.start[d] > 0 && ".,:/".indexOf(text.charAt(tk.start[d] - 1)) >= 0) {
            return;
        }
        int day = tk.intValue(d);
        WordHit<Boolean> opener = s.lexicon.rangeOpeners.endingBefore(tk, tk.start[d], s.prevEnd, false);
        boolean needsOpener = !dash && before >= 0 && tk.is(before, "and");
        if (day >= 1 && day < it.mention.day() && (!needsOpener || opener != null)) {
            it.fromDay = day;
            it.start = opener != null ? tk.start[opener.from] : tk.start[d];
            it.opened = opener != null;
        }
    }

    /** The end of a range joiner right after {@code at} (a dash or a joining word), or -1. */
    private static int joinAfter(ItemScan s, int at, int t) {
        String text = s.text;
        TimeTokens tk = s.tk;
        int p = at;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p < text.length() && DASHES.indexOf(text.charAt(p)) >= 0) {
            return p + 1;
        }
        if (t < tk.n && tk.start[t] == p && p > at && s.lexicon.rangeJoins.contains(tk.lower(t))) {
            return tk.end[t];
        }
        return -1;
    }

    private static boolean isDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DASHES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A day number ends here: no letter, digit, time or decimal follows. */
    private static boolean plainNumberEnd(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == ':' || c == '%') {
            return false;
        }
        return !((c == '.' || c == ',') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
    }
}
