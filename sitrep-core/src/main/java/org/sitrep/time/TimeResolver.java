package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every time expression of a text to the days it covers, with ACLED's time precision, against the
 * publication date: the mentions {@link DateExpressions} finds (dates, weekdays, relative days and periods,
 * months of years, years) and the phrases of {@code date-words.tsv} it reads itself (days told relative to
 * the last day named, "two days ago", "over the past three days", "since the start of the month"), with the
 * words around them that change their meaning ("since", "until", "by", "between ... and", "last", "next",
 * "early", "mid-") and the tense of their clause.
 *
 * <p>The text is cut into words once; phrases are looked up word by word in tries built from the data file
 * (no regular expression runs over the text), so one report costs a few microseconds per expression.
 * Immutable and thread-safe; build it once.
 */
public final class TimeResolver {
    /** How far back the clause of an expression is searched for a future cue. */
    private static final int CLAUSE_REACH = 200;
    /** Days before publication after which a day is only history. */
    private static final int BACKGROUND_DAYS = 30;
    private static final int NO_SHIFT = Integer.MIN_VALUE;

    private final DateExpressions expressions;
    private final Trie<Phrase> phrases = new Trie<>();
    private final Trie<Boolean> futureCues = new Trie<>();
    private final boolean attachedFutureCue;
    private final Trie<Count> numbers = new Trie<>();
    private final Trie<Integer> units = new Trie<>();
    private final Map<String, Integer> unitHours = new HashMap<>();
    private final Trie<Relation> relationCues = new Trie<>();
    private final Trie<Boolean> rangeOpeners = new Trie<>();
    private final Set<String> rangeJoins = new HashSet<>();
    private final Trie<Integer> weekdayShifts = new Trie<>();
    private final Trie<Integer> qualifiers = new Trie<>();
    private final Trie<Boolean> spanLeads = new Trie<>();
    private final Trie<Boolean> dayParts = new Trie<>();
    private final Map<String, Period> periods = new HashMap<>();

    public TimeResolver(DateExpressions expressions) {
        this.expressions = expressions;
        DateWords words = expressions.words();
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

    public static TimeResolver loadDefault() {
        return new TimeResolver(DateExpressions.loadDefault());
    }

    /** Resolves the expressions of {@code text}, finding its mentions first. */
    public List<TimeExpression> resolve(String text, LocalDate published) {
        return resolve(text, expressions.find(text), published);
    }

    /**
     * Resolves the expressions of {@code text} in order of position, none overlapping.
     *
     * @param mentions  {@code expressions.find(text)}, computed once by the caller and shared with other stages
     * @param published the day of publication, or null when unknown (then only dates with years are placed)
     */
    public List<TimeExpression> resolve(String text, List<DateMention> mentions, LocalDate published) {
        Tokens tk = new Tokens(text);
        List<Item> items = items(text, tk, mentions);
        extend(text, tk, items);
        items = ranges(text, tk, items);
        cues(tk, items);
        int[] starts = new int[items.size()];
        int[] ends = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            starts[i] = items.get(i).start;
            ends[i] = items.get(i).end;
        }
        Context cx = new Context(text, tk, published, starts, ends);
        List<TimeExpression> out = new ArrayList<>(items.size());
        for (Item it : items) {
            TimeExpression e = resolve(cx, it);
            out.add(e);
            if (e.first() != null && e.first().equals(e.last())
                    && (e.relation() == Relation.ON || e.relation() == Relation.FUTURE)) {
                cx.ref = e.first();
                cx.refPrecision = e.precision();
            }
        }
        return Collections.unmodifiableList(out);
    }

    // ---------------------------------------------------------------- finding the expressions

    /** The mentions and the resolver's own phrases; a phrase that contains mentions replaces them. */
    private List<Item> items(String text, Tokens tk, List<DateMention> mentions) {
        List<Item> extras = new ArrayList<>();
        for (int i = 0; i < tk.n; ) {
            Hit<Phrase> h = forward(phrases, tk, i, text.length());
            if (h == null || h.value.kind == PhraseKind.SPAN_BACK && followedByOf(tk, h.to)) {
                i++;
                continue;
            }
            Item x = new Item(tk.start[h.from], tk.end[h.to], null);
            x.hit = h;
            extras.add(x);
            i = h.to + 1;
        }
        boolean[] replaced = new boolean[mentions.size()];
        List<Item> items = new ArrayList<>(mentions.size() + extras.size());
        for (Item x : extras) {
            boolean keep = true;
            for (DateMention m : mentions) {
                if (m.start() < x.end && m.end() > x.start && (m.start() < x.start || m.end() > x.end)) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                for (int j = 0; j < mentions.size(); j++) {
                    DateMention m = mentions.get(j);
                    if (m.start() >= x.start && m.end() <= x.end) {
                        replaced[j] = true;
                    }
                }
                items.add(x);
            }
        }
        for (int j = 0; j < mentions.size(); j++) {
            if (!replaced[j]) {
                DateMention m = mentions.get(j);
                items.add(new Item(m.start(), m.end(), m));
            }
        }
        items.sort((a, b) -> Integer.compare(a.start, b.start));
        return items;
    }

    private static boolean followedByOf(Tokens tk, int t) {
        return t + 1 < tk.n && tk.spaced[t + 1] && tk.is(t + 1, "of");
    }

    /** Takes in the words around each expression that shape it: qualifiers, weekday shifts, day parts, decades. */
    private void extend(String text, Tokens tk, List<Item> items) {
        int prevEnd = 0;
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            if (it.consumed) {
                continue;
            }
            int nextStart = k + 1 < items.size() ? items.get(k + 1).start : text.length();
            DateMention m = it.mention;
            if (m == null) {
                Phrase ph = it.hit.value;
                if (ph.kind == PhraseKind.SPAN_BACK) {
                    Hit<Boolean> lead = cueBefore(spanLeads, tk, it.start, prevEnd, false);
                    if (lead != null) {
                        it.start = tk.start[lead.from];
                    }
                } else if (ph.kind == PhraseKind.PERIOD && !ph.period.since && !ph.period.part.equals("rest")
                        && (ph.period.unit.equals("month") || ph.period.unit.equals("year"))) {
                    qualify(tk, it, prevEnd);
                }
            } else {
                String t = m.text();
                if (t.endsWith(".") && m.month() != null) {
                    int w = t.length() - 1;
                    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
                        w--;
                    }
                    if (t.substring(w, t.length() - 1).equalsIgnoreCase(m.month().name())) {
                        it.end--;
                    }
                }
                it.possessive = t.endsWith("'s") || t.endsWith("’s");
                switch (m.kind()) {
                    case YEAR -> {
                        if (m.year() % 10 == 0 && it.end < nextStart && text.charAt(it.end) == 's'
                                && (it.end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(it.end + 1)))) {
                            it.end++;
                            it.decade = true;
                        }
                        qualify(tk, it, prevEnd);
                    }
                    case MONTH_YEAR -> qualify(tk, it, prevEnd);
                    case WEEKDAY -> extendWeekday(tk, it, prevEnd, nextStart);
                    case EXPLICIT -> dayRange(text, tk, it, items, k, prevEnd, nextStart);
                    default -> {
                    }
                }
            }
            prevEnd = it.end;
        }
        items.removeIf(i -> i.consumed);
    }

    private void qualify(Tokens tk, Item it, int prevEnd) {
        Hit<Integer> q = cueBefore(qualifiers, tk, it.start, prevEnd, true);
        if (q != null) {
            it.qualifier = q.value;
            it.start = tk.start[q.from];
        }
    }

    private void extendWeekday(Tokens tk, Item it, int prevEnd, int nextStart) {
        int t = tk.firstStartingFrom(it.end);
        if (!it.possessive && t < tk.n && tk.spaced[t] && tk.end[t] <= nextStart) {
            Hit<Boolean> part = forward(dayParts, tk, t, nextStart);
            if (part != null) {
                it.dayPart = true;
                it.end = tk.end[part.to];
            }
        }
        for (int round = 0; round < 2; round++) {
            Hit<Integer> shift = it.shift == NO_SHIFT ? cueBefore(weekdayShifts, tk, it.start, prevEnd, false) : null;
            if (shift != null) {
                it.shift = shift.value;
                it.start = tk.start[shift.from];
                continue;
            }
            Hit<Integer> q = cueBefore(qualifiers, tk, it.start, prevEnd, false);
            if (q != null && q.from == q.to && q.value != 2) {
                it.start = tk.start[q.from];
            } else {
                break;
            }
        }
    }

    /** "Nov. 26-29", "Nov. 26 to 29, 2024", "26-29 November", "between 26 and 29 November". */
    private void dayRange(String text, Tokens tk, Item it, List<Item> items, int k, int prevEnd, int nextStart) {
        DateMention m = it.mention;
        int max = m.month().maxLength();
        String written = m.text();
        if (m.year() == null && Character.isDigit(written.charAt(written.length() - 1))) {
            int t = tk.firstStartingFrom(it.end);
            int joinEnd = joinAfter(text, tk, it.end, t);
            if (joinEnd < 0) {
                return;
            }
            int d = tk.firstStartingFrom(joinEnd);
            if (d < tk.n && tk.end[d] <= nextStart && tk.digits(d) && tk.end[d] - tk.start[d] <= 2
                    && blank(text, joinEnd, tk.start[d]) && plainNumberEnd(text, tk.end[d])) {
                int day = tk.intValue(d);
                boolean needsOpener = !isDash(text, it.end, joinEnd) && tk.is(t, "and");
                Hit<Boolean> opener = cueBefore(rangeOpeners, tk, it.start, prevEnd, false);
                if (day > m.day() && day <= max && (!needsOpener || opener != null)) {
                    it.toDay = day;
                    it.end = tk.end[d];
                    if (opener != null) {
                        it.start = tk.start[opener.from];
                        it.opened = true;
                    }
                    if (k + 1 < items.size()) {
                        Item next = items.get(k + 1);
                        int p = it.end;
                        if (p < text.length() && text.charAt(p) == ',') {
                            p++;
                        }
                        if (next.mention != null && next.mention.kind() == DateMention.Kind.YEAR
                                && next.start > p && blank(text, p, next.start) && next.start - p <= 2) {
                            it.rangeYear = next.mention.year();
                            it.end = next.end;
                            next.consumed = true;
                        }
                    }
                }
            }
        } else if (Character.isDigit(written.charAt(0))) {
            boolean dash = false;
            int joinStart;
            int before = -1;
            int j = it.start;
            while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            if (j > 0 && "-–—".indexOf(text.charAt(j - 1)) >= 0) {
                dash = true;
                joinStart = j - 1;
            } else {
                before = tk.lastEndingBy(j);
                if (before < 0 || tk.end[before] != j || j == it.start || !rangeJoins.contains(tk.lower(before))) {
                    return;
                }
                joinStart = tk.start[before];
            }
            int d = tk.lastEndingBy(joinStart);
            if (d < 0 || !tk.digits(d) || tk.end[d] - tk.start[d] > 2 || tk.start[d] < prevEnd
                    || !blank(text, tk.end[d], joinStart)
                    || tk.start[d] > 0 && ".,:/".indexOf(text.charAt(tk.start[d] - 1)) >= 0) {
                return;
            }
            int day = tk.intValue(d);
            Hit<Boolean> opener = cueBefore(rangeOpeners, tk, tk.start[d], prevEnd, false);
            boolean needsOpener = !dash && before >= 0 && tk.is(before, "and");
            if (day >= 1 && day < m.day() && (!needsOpener || opener != null)) {
                it.fromDay = day;
                it.start = opener != null ? tk.start[opener.from] : tk.start[d];
                it.opened = opener != null;
            }
        }
    }

    /** The end of a range joiner right after {@code at} (a dash or a joining word), or -1. */
    private int joinAfter(String text, Tokens tk, int at, int t) {
        int p = at;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p < text.length() && "-–—".indexOf(text.charAt(p)) >= 0) {
            return p + 1;
        }
        if (t < tk.n && tk.start[t] == p && p > at && rangeJoins.contains(tk.lower(t))) {
            return tk.end[t];
        }
        return -1;
    }

    private static boolean isDash(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("-–—".indexOf(text.charAt(i)) >= 0) {
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

    /** Two expressions joined into one span: "between November 26 and December 1", "2011-2016". */
    private List<Item> ranges(String text, Tokens tk, List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int prevEnd = 0;
        for (int k = 0; k < items.size(); k++) {
            Item a = items.get(k);
            if (k + 1 < items.size() && rangeable(a) && rangeable(items.get(k + 1))) {
                Item b = items.get(k + 1);
                String gap = b.start - a.end <= 12 ? text.substring(a.end, b.start).strip().toLowerCase(Locale.ROOT) : "";
                if (!gap.isEmpty() && rangeJoins.contains(gap)) {
                    Hit<Boolean> opener = cueBefore(rangeOpeners, tk, a.start, prevEnd, false);
                    if (opener != null || "-–—".contains(gap)) {
                        Item r = new Item(opener != null ? tk.start[opener.from] : a.start, b.end, null);
                        r.from = a;
                        r.to = b;
                        out.add(r);
                        prevEnd = r.end;
                        k++;
                        continue;
                    }
                }
            }
            out.add(a);
            prevEnd = a.end;
        }
        return out;
    }

    private static boolean rangeable(Item it) {
        if (it.mention == null || it.possessive || it.toDay > 0 || it.fromDay > 0 || it.shift != NO_SHIFT) {
            return false;
        }
        return switch (it.mention.kind()) {
            case EXPLICIT, WEEKDAY, YEAR, MONTH_YEAR, RELATIVE -> true;
            default -> false;
        };
    }

    /** "since", "until", "by", "as of" right before an expression. */
    private void cues(Tokens tk, List<Item> items) {
        int prevEnd = 0;
        for (Item it : items) {
            if (it.from == null && !it.opened && !it.possessive
                    && !(it.hit != null && it.hit.value.kind == PhraseKind.PERIOD && it.hit.value.period.since)) {
                Hit<Relation> h = cueBefore(relationCues, tk, it.start, prevEnd, false);
                if (h != null) {
                    it.cue = h.value;
                    it.start = tk.start[h.from];
                }
            }
            prevEnd = it.end;
        }
    }

    // ---------------------------------------------------------------- resolving

    private TimeExpression resolve(Context cx, Item it) {
        Span s = it.from != null ? range(cx, it) : anchor(cx, it, it);
        LocalDate p = cx.published;
        LocalDate first = s.first;
        LocalDate last = s.last;
        int precision = s.precision;
        Relation relation = s.relation;
        boolean background = background(first, last, s.yearLike, p);
        if (it.cue == Relation.SINCE && first != null && (p == null || !first.isAfter(p))) {
            last = p;
            precision = last == null || s.precision == 3 ? s.precision : bySpan(first, last);
            relation = Relation.SINCE;
        } else if (it.cue == Relation.UNTIL && last != null) {
            first = null;
            relation = Relation.UNTIL;
        }
        return new TimeExpression(it.start, it.end, cx.text.substring(it.start, it.end), first, last, precision,
                relation, background);
    }

    private Span range(Context cx, Item it) {
        Span b = anchor(cx, it.to, it);
        DateMention am = it.from.mention;
        Span a;
        if (b.first != null && am.kind() == DateMention.Kind.WEEKDAY && it.to.mention.kind() == DateMention.Kind.WEEKDAY) {
            LocalDate d = b.first.minusDays(Math.floorMod(b.first.getDayOfWeek().getValue() - am.weekday().getValue(), 7));
            a = new Span(d, d, 1, false, Relation.ON);
        } else if (b.first != null && am.kind() == DateMention.Kind.EXPLICIT && am.year() == null) {
            LocalDate d = latestOnOrBefore(am.monthDay(), b.first);
            a = new Span(d, d, 1, false, Relation.ON);
        } else {
            a = anchor(cx, it.from, it);
        }
        if (a.first == null || b.last == null) {
            return new Span(null, null, Math.max(a.precision, b.precision), false, Relation.BETWEEN);
        }
        LocalDate first = a.first;
        LocalDate last = b.last;
        if (first.isAfter(last)) {
            LocalDate swap = first;
            first = b.first;
            last = swap.isAfter(a.last) ? swap : a.last;
        }
        return new Span(first, last, bySpan(first, last), a.yearLike && b.yearLike, Relation.BETWEEN);
    }

    /** The days of one expression; {@code clause} is the item whose clause decides the tense. */
    private Span anchor(Context cx, Item it, Item clause) {
        LocalDate p = cx.published;
        if (it.mention == null) {
            return phrase(cx, it, clause);
        }
        DateMention m = it.mention;
        switch (m.kind()) {
            case EXPLICIT -> {
                int firstDay = it.fromDay > 0 ? it.fromDay : m.day();
                MonthDay md = MonthDay.of(m.month(), firstDay);
                Integer year = m.year() != null ? m.year() : it.rangeYear;
                LocalDate first;
                if (year != null) {
                    first = md.isValidYear(year) ? md.atYear(year) : null;
                } else if (p == null) {
                    first = null;
                } else {
                    first = place(md, it.fromDay > 0 || it.toDay > 0 ? null : m.weekday(), p, cx.future(clause));
                }
                if (first == null) {
                    return Span.unplaced(1);
                }
                boolean range = it.fromDay > 0 || it.toDay > 0;
                LocalDate last = it.toDay > 0 ? first.withDayOfMonth(it.toDay) : it.fromDay > 0 ? first.withDayOfMonth(m.day()) : first;
                return new Span(first, last, bySpan(first, last), false,
                        range ? Relation.BETWEEN : onOrFuture(first, p));
            }
            case WEEKDAY -> {
                if (p == null) {
                    return Span.unplaced(1);
                }
                DayOfWeek w = m.weekday();
                int back = Math.floorMod(p.getDayOfWeek().getValue() - w.getValue(), 7);
                int ahead = Math.floorMod(w.getValue() - p.getDayOfWeek().getValue(), 7);
                LocalDate d;
                boolean future = false;
                if (it.shift == -1) {
                    d = p.minusDays(back == 0 ? 7 : back);
                } else if (it.shift == 1) {
                    d = p.plusDays(ahead == 0 ? 7 : ahead);
                    future = true;
                } else if (it.shift == 0) {
                    d = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(w.getValue() - 1L);
                } else if (it.cue == Relation.SINCE && !it.dayPart) {
                    d = p.minusDays(back == 0 ? 7 : back);
                } else if (cx.future(clause)) {
                    d = p.plusDays(ahead == 0 ? 7 : ahead);
                    future = true;
                } else {
                    d = p.minusDays(back);
                }
                return new Span(d, d, 1, false, future ? Relation.FUTURE : onOrFuture(d, p));
            }
            case RELATIVE -> {
                if (p == null) {
                    return Span.unplaced(1);
                }
                LocalDate d = p.plusDays(m.relativeDays());
                return new Span(d, d, 1, false, onOrFuture(d, p));
            }
            case RELATIVE_SPAN -> {
                Period period = periods.get(normalise(m.text()));
                return period == null || p == null ? Span.unplaced(3) : period(cx, period, clause);
            }
            case MONTH_YEAR -> {
                LocalDate first = LocalDate.of(m.year(), m.month(), 1);
                LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
                if (it.qualifier > 0) {
                    first = first.withDayOfMonth(it.qualifier == 1 ? 1 : it.qualifier == 2 ? 11 : 21);
                    last = it.qualifier == 1 ? first.withDayOfMonth(10) : it.qualifier == 2 ? first.withDayOfMonth(20) : last;
                }
                if (p != null && !first.isAfter(p) && last.isAfter(p) && !cx.future(clause)) {
                    last = p;
                }
                return new Span(first, last, 3, false, onOrFuture(first, p));
            }
            case YEAR -> {
                int y0 = m.year();
                int y1 = it.decade ? y0 + 9 : y0;
                LocalDate first = LocalDate.of(y0, 1, 1);
                LocalDate last = LocalDate.of(y1, 12, 31);
                if (it.qualifier > 0) {
                    long months = (y1 - y0 + 1) * 12L;
                    long third = months / 3;
                    first = first.plusMonths(third * (it.qualifier - 1));
                    last = first.plusMonths(third).minusDays(1);
                }
                if (p != null && !it.decade && y0 == p.getYear() && last.isAfter(p) && !first.isAfter(p)
                        && !cx.future(clause)) {
                    last = p;
                }
                return new Span(first, last, 3, true, onOrFuture(first, p));
            }
            default -> {
                return Span.unplaced(3);
            }
        }
    }

    private Span phrase(Context cx, Item it, Item clause) {
        Hit<Phrase> h = it.hit;
        Phrase ph = h.value;
        LocalDate p = cx.published;
        switch (ph.kind) {
            case ANAPHOR, FROM_TODAY -> {
                boolean anaphor = ph.kind == PhraseKind.ANAPHOR;
                LocalDate base = anaphor && cx.ref != null ? cx.ref : p;
                int basePrecision = anaphor && cx.ref != null ? cx.refPrecision : 1;
                if (base == null) {
                    return Span.unplaced(1);
                }
                LocalDate d;
                int precision = basePrecision;
                if (ph.sign == 0) {
                    d = base.plusDays(ph.days);
                } else {
                    int count = Math.max(1, h.count);
                    d = shift(base, ph.sign * count, h.hours);
                    precision = Math.max(precision, unitPrecision(h.hours, h.vague));
                }
                return new Span(d, d, precision, false, onOrFuture(d, p));
            }
            case SPAN_BACK -> {
                if (p == null) {
                    return Span.unplaced(2);
                }
                int unit = ph.hours > 0 ? ph.unit : h.hours;
                long hours = ph.hours > 0 ? ph.hours : (long) Math.max(1, h.count) * h.hours;
                long days = (hours + 23) / 24;
                LocalDate first;
                if (unit < 24) {
                    first = p.minusDays(days);
                } else if (unit >= 720) {
                    first = shift(p, (int) -(hours / unit), unit).plusDays(1);
                } else {
                    first = p.minusDays(Math.max(0, days - 1));
                }
                int precision = bySpan(first, p);
                if (h.vague) {
                    precision = Math.max(precision, 2);
                }
                return new Span(first, p, precision, false, Relation.ON);
            }
            case PERIOD -> {
                return p == null ? Span.unplaced(3) : period(cx, ph.period, clause);
            }
            default -> {
                return Span.unplaced(3);
            }
        }
    }

    private Span period(Context cx, Period period, Item clause) {
        LocalDate p = cx.published;
        LocalDate start;
        LocalDate end;
        int precision;
        switch (period.unit) {
            case "week" -> {
                start = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(period.shift);
                end = start.plusDays(6);
                precision = 2;
            }
            case "month" -> {
                start = p.withDayOfMonth(1).plusMonths(period.shift);
                end = start.with(TemporalAdjusters.lastDayOfMonth());
                precision = 3;
            }
            case "year" -> {
                start = p.withDayOfYear(1).plusYears(period.shift);
                end = start.with(TemporalAdjusters.lastDayOfYear());
                precision = 3;
            }
            default -> {
                precision = 2;
                if (period.shift < 0) {
                    end = p.minusDays(p.getDayOfWeek() == DayOfWeek.SUNDAY ? 7 : p.getDayOfWeek().getValue());
                    start = end.minusDays(1);
                } else if (period.shift > 0) {
                    start = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                } else if (p.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    start = p.minusDays(1);
                    end = p;
                } else if (p.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    start = p;
                    end = cx.future(clause) ? p.plusDays(1) : p;
                } else if (cx.future(clause)) {
                    start = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                } else {
                    start = p.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                    end = start.plusDays(1);
                }
            }
        }
        boolean yearLike = period.unit.equals("year");
        if (clause.qualifier > 0) {
            if (period.unit.equals("month")) {
                start = start.withDayOfMonth(clause.qualifier == 1 ? 1 : clause.qualifier == 2 ? 11 : 21);
                end = clause.qualifier == 1 ? start.withDayOfMonth(10) : clause.qualifier == 2 ? start.withDayOfMonth(20) : end;
            } else {
                start = start.plusMonths(4L * (clause.qualifier - 1));
                end = start.plusMonths(4).minusDays(1);
            }
            if (end.isAfter(p) && !start.isAfter(p) && !cx.future(clause)) {
                end = p;
            }
            return new Span(start, end, precision, yearLike, onOrFuture(start, p));
        }
        if (period.since) {
            return new Span(start, p, precision, yearLike, Relation.SINCE);
        }
        switch (period.part) {
            case "to-date" -> {
                if (cx.future(clause)) {
                    return new Span(p, end, precision, yearLike, Relation.FUTURE);
                }
                return new Span(start, p, precision, yearLike, Relation.ON);
            }
            case "rest" -> {
                LocalDate from = end.isAfter(p) ? p.plusDays(1) : p;
                return new Span(from, end, precision, yearLike, Relation.FUTURE);
            }
            default -> {
                return new Span(start, end, precision, yearLike, onOrFuture(start, p));
            }
        }
    }

    /** The year of a day written without one: on or before publication, or after it in a future clause. */
    private static LocalDate place(MonthDay md, DayOfWeek weekday, LocalDate p, boolean future) {
        LocalDate past = latestOnOrBefore(md, p);
        LocalDate next = earliestAfter(md, p);
        LocalDate pick = future && !md.equals(MonthDay.from(p)) ? next : past;
        if (weekday != null && pick != null && pick.getDayOfWeek() != weekday) {
            LocalDate other = pick == past ? next : past;
            if (other != null && other.getDayOfWeek() == weekday) {
                pick = other;
            }
        }
        return pick;
    }

    private static LocalDate latestOnOrBefore(MonthDay md, LocalDate p) {
        for (int y = p.getYear(); y >= p.getYear() - 8; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(p)) {
                return md.atYear(y);
            }
        }
        return null;
    }

    private static LocalDate earliestAfter(MonthDay md, LocalDate p) {
        for (int y = p.getYear(); y <= p.getYear() + 8; y++) {
            if (md.isValidYear(y) && md.atYear(y).isAfter(p)) {
                return md.atYear(y);
            }
        }
        return null;
    }

    private static LocalDate shift(LocalDate base, int count, int unitHours) {
        if (unitHours >= 8760) {
            return base.plusYears(count * (long) (unitHours / 8760));
        }
        if (unitHours >= 720) {
            return base.plusMonths(count * (long) (unitHours / 720));
        }
        return base.plusDays(count * (long) unitHours / 24);
    }

    private static int unitPrecision(int hours, boolean vague) {
        int p = hours <= 24 ? 1 : hours <= 168 ? 2 : 3;
        return vague ? Math.min(3, p + 1) : p;
    }

    private static Relation onOrFuture(LocalDate first, LocalDate p) {
        return p != null && first != null && first.isAfter(p) ? Relation.FUTURE : Relation.ON;
    }

    private static int bySpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return days <= 1 ? 1 : days <= 7 ? 2 : 3;
    }

    private static boolean background(LocalDate first, LocalDate last, boolean yearLike, LocalDate p) {
        if (p == null || last == null) {
            return false;
        }
        return yearLike ? last.getYear() < p.getYear() : last.isBefore(p.minusDays(BACKGROUND_DAYS));
    }

    /** Lower case with single spaces, as the data file writes phrases. */
    private static String normalise(String s) {
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

    private static Phrase offsetPhrase(PhraseKind kind, String value) {
        String v = value.strip();
        if (v.equals("+") || v.equals("-")) {
            return new Phrase(kind, 0, v.equals("+") ? 1 : -1, 0, 0, null);
        }
        return new Phrase(kind, Integer.parseInt(v.startsWith("+") ? v.substring(1) : v), 0, 0, 0, null);
    }

    // ---------------------------------------------------------------- the state of one call

    private final class Context {
        final String text;
        final Tokens tk;
        final LocalDate published;
        final int[] starts;
        final int[] ends;
        LocalDate ref;
        int refPrecision = 1;

        Context(String text, Tokens tk, LocalDate published, int[] starts, int[] ends) {
            this.text = text;
            this.tk = tk;
            this.published = published;
            this.starts = starts;
            this.ends = ends;
        }

        /** True when a future cue stands in the clause before the item, outside other expressions. */
        boolean future(Item it) {
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
                if (attachedFutureCue && tk.start[t] > 0 && tk.is(t, "ll")) {
                    char c = text.charAt(tk.start[t] - 1);
                    if (c == '\'' || c == '’') {
                        return true;
                    }
                }
                if (forward(futureCues, tk, t, at) != null) {
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
    }

    /** A clause ends here: punctuation, or a full stop before a capital or a line end ("Dec. 2" goes on). */
    private static boolean boundary(String text, int i) {
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

    // ---------------------------------------------------------------- phrase matching over words

    /** The longest phrase of {@code trie} that starts at word {@code i} and ends by {@code limit}. */
    private <V> Hit<V> forward(Trie<V> trie, Tokens tk, int i, int limit) {
        Node<V> root = trie.root;
        if (i >= tk.n || tk.end[i] > limit) {
            return null;
        }
        boolean possible = root.find(tk, i) != null
                || root.number != null && (tk.digits(i) || numbers.root.find(tk, i) != null)
                || root.unit != null && units.root.find(tk, i) != null;
        if (!possible) {
            return null;
        }
        Hit<V> best = new Hit<>();
        walk(root, tk, i, i, limit, -1, false, 0, best);
        return best.to < 0 ? null : best;
    }

    private <V> void walk(Node<V> node, Tokens tk, int from, int next, int limit, int count, boolean vague, int hours,
                          Hit<V> best) {
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
        Node<V> w = node.find(tk, next);
        if (w != null) {
            walk(w, tk, from, next + 1, limit, count, vague, hours, best);
        }
        if (node.number != null) {
            if (tk.digits(next)) {
                walk(node.number, tk, from, next + 1, limit, tk.intValue(next), false, hours, best);
            } else {
                Hit<Count> c = forward(numbers, tk, next, limit);
                if (c != null) {
                    walk(node.number, tk, from, c.to + 1, limit, c.value.value, c.value.vague, hours, best);
                }
            }
        }
        if (node.unit != null) {
            Node<Integer> u = units.root.find(tk, next);
            boolean plural = Character.toLowerCase(tk.text.charAt(tk.end[next] - 1)) == 's';
            if (u != null && u.value != null && (count >= 0 || !plural)) {
                walk(node.unit, tk, from, next + 1, limit, count, vague, u.value, best);
            }
        }
    }

    /** The longest cue of a reversed trie that ends right before {@code pos}, at or after {@code lowerBound}. */
    private static <V> Hit<V> cueBefore(Trie<V> trie, Tokens tk, int pos, int lowerBound, boolean hyphen) {
        int last = tk.lastEndingBy(pos);
        if (last < 0 || tk.start[last] < lowerBound) {
            return null;
        }
        int gap = pos - tk.end[last];
        boolean ok = gap >= 1 && blank(tk.text, tk.end[last], pos)
                || hyphen && gap == 1 && tk.text.charAt(tk.end[last]) == '-';
        if (!ok) {
            return null;
        }
        Node<V> node = trie.root;
        Hit<V> best = null;
        for (int i = last; i >= 0 && tk.start[i] >= lowerBound; i--) {
            if (i < last && !tk.spaced[i + 1]) {
                break;
            }
            node = node.find(tk, i);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>();
                best.from = i;
                best.to = last;
                best.value = node.value;
            }
        }
        return best;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- small types

    private enum PhraseKind { ANAPHOR, FROM_TODAY, SPAN_BACK, PERIOD }

    /**
     * A phrase of the data file: a fixed offset in days ({@code sign} 0) or a counted one (sign +1/-1); for a
     * fixed span its length in hours and the hours of its unit.
     */
    private record Phrase(PhraseKind kind, int days, int sign, int hours, int unit, Period period) {
    }

    private record Period(String unit, int shift, String part, boolean since) {
    }

    private record Count(int value, boolean vague) {
    }

    private record Span(LocalDate first, LocalDate last, int precision, boolean yearLike, Relation relation) {
        static Span unplaced(int precision) {
            return new Span(null, null, precision, false, Relation.ON);
        }
    }

    /** One expression being read: a mention or a phrase, or a range of two ({@code from}, {@code to}). */
    private static final class Item {
        int start;
        int end;
        final DateMention mention;
        Hit<Phrase> hit;
        Item from;
        Item to;
        boolean decade;
        boolean dayPart;
        boolean possessive;
        boolean consumed;
        boolean opened;
        int qualifier;
        int shift = NO_SHIFT;
        int fromDay;
        int toDay;
        Integer rangeYear;
        Relation cue;
        Boolean future;

        Item(int start, int end, DateMention mention) {
            this.start = start;
            this.end = end;
            this.mention = mention;
        }
    }

    /** A phrase found over words {@code from..to} (inclusive), with its count and unit when it has them. */
    private static final class Hit<V> {
        int from;
        int to = -1;
        V value;
        int count = -1;
        boolean vague;
        int hours;
    }

    /** Phrases as word tries; {@code {n}} and {@code {unit}} are slots. Reversed tries hold plain words. */
    private static final class Trie<V> {
        final Node<V> root = new Node<>();

        void add(String phrase, V value, boolean reversed) {
            List<String> words = new ArrayList<>();
            for (String piece : phrase.strip().split("\\s+")) {
                if (piece.equals("{n}") || piece.equals("{unit}")) {
                    words.add(piece);
                    continue;
                }
                int i = 0;
                while (i < piece.length()) {
                    if (!Character.isLetterOrDigit(piece.charAt(i))) {
                        i++;
                        continue;
                    }
                    int s = i;
                    while (i < piece.length() && Character.isLetterOrDigit(piece.charAt(i))) {
                        i++;
                    }
                    words.add(piece.substring(s, i).toLowerCase(Locale.ROOT));
                }
            }
            if (words.isEmpty()) {
                return;
            }
            if (reversed) {
                Collections.reverse(words);
            }
            Node<V> node = root;
            for (String w : words) {
                node = node.child(w);
            }
            if (node.value == null) {
                node.value = value;
            }
        }
    }

    private static final class Node<V> {
        private final List<String> words = new ArrayList<>(2);
        private final List<Node<V>> nodes = new ArrayList<>(2);
        /** Open-addressed table of the children by the hash of their word. */
        private int[] hashes = new int[0];
        private int[] slots = new int[0];
        Node<V> number;
        Node<V> unit;
        V value;

        Node<V> child(String word) {
            if (word.equals("{n}")) {
                return number == null ? number = new Node<>() : number;
            }
            if (word.equals("{unit}")) {
                return unit == null ? unit = new Node<>() : unit;
            }
            int k = words.indexOf(word);
            if (k >= 0) {
                return nodes.get(k);
            }
            Node<V> n = new Node<>();
            words.add(word);
            nodes.add(n);
            int size = Integer.highestOneBit(words.size() * 4 - 1) << 1;
            hashes = new int[size];
            slots = new int[size];
            java.util.Arrays.fill(slots, -1);
            for (int j = 0; j < words.size(); j++) {
                int h = hash(words.get(j), 0, words.get(j).length());
                int at = h & (size - 1);
                while (slots[at] >= 0) {
                    at = (at + 1) & (size - 1);
                }
                hashes[at] = h;
                slots[at] = j;
            }
            return n;
        }

        /** The child for word {@code i} of the text, compared without case, or null. */
        Node<V> find(Tokens tk, int i) {
            if (slots.length == 0) {
                return null;
            }
            int h = tk.hash[i];
            int mask = slots.length - 1;
            for (int at = h & mask; slots[at] >= 0; at = (at + 1) & mask) {
                if (hashes[at] == h) {
                    String w = words.get(slots[at]);
                    int len = tk.end[i] - tk.start[i];
                    if (w.length() == len && tk.text.regionMatches(true, tk.start[i], w, 0, len)) {
                        return nodes.get(slots[at]);
                    }
                }
            }
            return null;
        }
    }

    /** A hash of a word that ignores case, the same for the data's words and the text's. */
    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h * 0x9E3779B9 >>> 7;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The words of a text (runs of letters and digits) with their offsets. */
    private static final class Tokens {
        final String text;
        int n;
        int[] start;
        int[] end;
        /** True when only white space (at least one character) separates the word from the one before. */
        boolean[] spaced;
        /** {@link TimeResolver#hash} of each word. */
        int[] hash;

        Tokens(String text) {
            this.text = text;
            int cap = Math.max(16, text.length() / 5);
            start = new int[cap];
            end = new int[cap];
            hash = new int[cap];
            spaced = new boolean[cap];
            char[] chars = text.toCharArray();
            int len = chars.length;
            int i = 0;
            boolean blankGap = true;
            while (i < len) {
                char c = chars[i];
                if (!wordChar(c)) {
                    blankGap &= c == ' ' || c == '\u00a0' || Character.isWhitespace(c);
                    i++;
                    continue;
                }
                int s = i;
                int h = 0;
                while (i < len && wordChar(c = chars[i])) {
                    h = 31 * h + fold(c);
                    i++;
                }
                if (n == start.length) {
                    start = java.util.Arrays.copyOf(start, n * 2);
                    end = java.util.Arrays.copyOf(end, n * 2);
                    hash = java.util.Arrays.copyOf(hash, n * 2);
                    spaced = java.util.Arrays.copyOf(spaced, n * 2);
                }
                start[n] = s;
                end[n] = i;
                hash[n] = h * 0x9E3779B9 >>> 7;
                spaced[n] = n > 0 && blankGap && s > end[n - 1];
                blankGap = true;
                n++;
            }
        }

        private static final boolean[] ASCII_WORD = new boolean[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            }
        }

        private static boolean wordChar(char c) {
            return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
        }

        boolean is(int i, String lowerWord) {
            int len = end[i] - start[i];
            return len == lowerWord.length() && text.regionMatches(true, start[i], lowerWord, 0, len);
        }

        String lower(int i) {
            return text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
        }

        boolean digits(int i) {
            if (end[i] - start[i] > 4) {
                return false;
            }
            for (int k = start[i]; k < end[i]; k++) {
                char c = text.charAt(k);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        int intValue(int i) {
            int v = 0;
            for (int k = start[i]; k < end[i]; k++) {
                v = v * 10 + text.charAt(k) - '0';
            }
            return v;
        }

        /** The first word starting at or after {@code pos}; {@code n} if none. */
        int firstStartingFrom(int pos) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The last word ending at or before {@code pos}; -1 if none. */
        int lastEndingBy(int pos) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (end[mid] <= pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }
    }
}
