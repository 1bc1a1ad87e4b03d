package org.sitrep.time;

import org.sitrep.time.TimeExpression.Relation;

import java.time.LocalDate;

/** The resolvers of the lexicon's phrases that count days: offsets from a day, spans back from today. */
final class PhraseResolvers {
    private PhraseResolvers() {
    }

    /**
     * "The next day", "two days later" (from the last single day resolved before, else the day of writing), "two
     * days ago", "a week ago" (from the day of writing).
     */
    static final class CountedDay implements SpanResolver {
        public String name() {
            return "resolve:counted-day";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            TimeLexicon.PhraseKind kind = it.phraseKind();
            if (kind != TimeLexicon.PhraseKind.ANAPHOR && kind != TimeLexicon.PhraseKind.FROM_TODAY) {
                return null;
            }
            WordHit<TimeLexicon.Phrase> h = it.hit;
            TimeLexicon.Phrase ph = h.value;
            LocalDate p = cx.published;
            boolean anaphor = kind == TimeLexicon.PhraseKind.ANAPHOR;
            LocalDate base = anaphor && cx.ref != null ? cx.ref : p;
            int basePrecision = anaphor && cx.ref != null ? cx.refPrecision : 1;
            if (base == null) {
                return DaySpan.unplaced(1);
            }
            LocalDate d;
            int precision = basePrecision;
            if (ph.sign() == 0) {
                d = base.plusDays(ph.days());
            } else {
                int count = Math.max(1, h.count);
                d = TimeDays.shift(base, ph.sign() * count, h.hours);
                precision = Math.max(precision, TimeDays.unitPrecision(h.hours, h.vague));
            }
            return new DaySpan(d, d, precision, false, TimeDays.onOrFuture(d, p));
        }
    }

    /** "Over the past three days", "in the last 24 hours": back from the day of writing, which it includes. */
    static final class SpanBack implements SpanResolver {
        public String name() {
            return "resolve:span-back";
        }

        public DaySpan resolve(ResolveContext cx, TimeItem it, TimeItem clause) {
            if (it.phraseKind() != TimeLexicon.PhraseKind.SPAN_BACK) {
                return null;
            }
            LocalDate p = cx.published;
            if (p == null) {
                return DaySpan.unplaced(2);
            }
            WordHit<TimeLexicon.Phrase> h = it.hit;
            TimeLexicon.Phrase ph = h.value;
            int unit = ph.hours() > 0 ? ph.unit() : h.hours;
            long hours = ph.hours() > 0 ? ph.hours() : (long) Math.max(1, h.count) * h.hours;
            long days = (hours + 23) / 24;
            LocalDate first;
            if (unit < 24) {
                first = p.minusDays(days);
            } else if (unit >= 720) {
                first = TimeDays.shift(p, (int) -(hours / unit), unit).plusDays(1);
            } else {
                first = p.minusDays(Math.max(0, days - 1));
            }
            int precision = TimeDays.bySpan(first, p);
            if (h.vague) {
                precision = Math.max(precision, 2);
            }
            return new DaySpan(first, p, precision, false, Relation.ON);
        }
    }
}
