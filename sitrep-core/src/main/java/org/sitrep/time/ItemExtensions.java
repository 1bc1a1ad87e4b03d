package org.sitrep.time;

/**
 * The small extension steps: each takes in one kind of word around one kind of expression. The day ranges,
 * longer, are {@link DayRange}.
 */
final class ItemExtensions {
    private ItemExtensions() {
    }

    /** "in March." closing a sentence: the full stop after a full month name is no part of it ("Nov." keeps its). */
    static final class MonthDot implements ItemExtension {
        public String name() {
            return "extend:month-dot";
        }

        public void extend(ItemScan s, TimeItem it) {
            DateMention m = it.mention;
            if (m == null || m.month() == null) {
                return;
            }
            String t = m.text();
            if (t.endsWith(".")) {
                int w = t.length() - 1;
                while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
                    w--;
                }
                if (t.substring(w, t.length() - 1).equalsIgnoreCase(m.month().name())) {
                    it.end--;
                }
            }
        }
    }

    /** "Friday's attack": a possessive mention names the day of a thing, and is neither range end nor cued. */
    static final class Possessive implements ItemExtension {
        public String name() {
            return "extend:possessive";
        }

        public void extend(ItemScan s, TimeItem it) {
            if (it.mention != null) {
                String t = it.mention.text();
                it.possessive = t.endsWith("'s") || t.endsWith("’s");
            }
        }
    }

    /** "Over the past three days", "within the last week": the word that leads a span back from today. */
    static final class SpanLead implements ItemExtension {
        public String name() {
            return "extend:span-lead";
        }

        public void extend(ItemScan s, TimeItem it) {
            if (it.phraseKind() != TimeLexicon.PhraseKind.SPAN_BACK) {
                return;
            }
            WordHit<Boolean> lead = s.lexicon.spanLeads.endingBefore(s.tk, it.start, s.prevEnd, false);
            if (lead != null) {
                it.start = s.tk.start[lead.from];
            }
        }
    }

    /** "The 1990s": a round year followed by "s" is its decade. */
    static final class Decade implements ItemExtension {
        public String name() {
            return "extend:decade";
        }

        public void extend(ItemScan s, TimeItem it) {
            if (!it.is(DateMention.Kind.YEAR)) {
                return;
            }
            String text = s.text;
            if (it.mention.year() % 10 == 0 && it.end < s.nextStart && text.charAt(it.end) == 's'
                    && (it.end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(it.end + 1)))) {
                it.end++;
                it.decade = true;
            }
        }
    }

    /** "Early 2020", "mid-March 2021", "late last month": a qualifier before a year, a month or such a period. */
    static final class Qualifier implements ItemExtension {
        public String name() {
            return "extend:qualifier";
        }

        public void extend(ItemScan s, TimeItem it) {
            if (!qualifiable(it)) {
                return;
            }
            WordHit<Integer> q = s.lexicon.qualifiers.endingBefore(s.tk, it.start, s.prevEnd, true);
            if (q != null) {
                it.qualifier = q.value;
                it.start = s.tk.start[q.from];
            }
        }

        private static boolean qualifiable(TimeItem it) {
            if (it.mention != null) {
                return it.is(DateMention.Kind.YEAR) || it.is(DateMention.Kind.MONTH_YEAR);
            }
            if (it.phraseKind() != TimeLexicon.PhraseKind.PERIOD) {
                return false;
            }
            TimeLexicon.Period period = it.hit.value.period();
            return !period.since() && !period.part().equals("rest")
                    && (period.unit().equals("month") || period.unit().equals("year"));
        }
    }

    /**
     * The words of a weekday: a part of the day after it ("Friday night"), then before it a shift ("last Friday")
     * and one-word qualifiers ("early Friday", not "mid"), at most two words deep.
     */
    static final class WeekdayWords implements ItemExtension {
        public String name() {
            return "extend:weekday";
        }

        public void extend(ItemScan s, TimeItem it) {
            if (!it.is(DateMention.Kind.WEEKDAY)) {
                return;
            }
            TimeTokens tk = s.tk;
            TimeLexicon lx = s.lexicon;
            int t = tk.firstStartingFrom(it.end);
            if (!it.possessive && t < tk.n && tk.spaced[t] && tk.end[t] <= s.nextStart) {
                WordHit<Boolean> part = lx.longest(lx.dayParts, tk, t, s.nextStart);
                if (part != null) {
                    it.dayPart = true;
                    it.end = tk.end[part.to];
                }
            }
            for (int round = 0; round < 2; round++) {
                WordHit<Integer> shift = it.shift == TimeItem.NO_SHIFT
                        ? lx.weekdayShifts.endingBefore(tk, it.start, s.prevEnd, false) : null;
                if (shift != null) {
                    it.shift = shift.value;
                    it.start = tk.start[shift.from];
                    continue;
                }
                WordHit<Integer> q = lx.qualifiers.endingBefore(tk, it.start, s.prevEnd, false);
                if (q != null && q.from == q.to && q.value != 2) {
                    it.start = tk.start[q.from];
                } else {
                    break;
                }
            }
        }
    }
}
