package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two expressions joined into one span: "between November 26 and December 1", "from Monday to Wednesday",
 * "2011-2016". A joining word needs an opener before the first ("between", "from"); a dash does not.
 */
final class RangeJoiner {
    /** The longest gap between two expressions that a joiner fills. */
    private static final int MAX_GAP = 12;

    private RangeJoiner() {
    }

    /** The items with each joined pair replaced by one range item. */
    static List<TimeItem> join(TimeLexicon lx, String text, TimeTokens tk, List<TimeItem> items) {
        List<TimeItem> out = new ArrayList<>(items.size());
        int prevEnd = 0;
        for (int k = 0; k < items.size(); k++) {
            TimeItem a = items.get(k);
            if (k + 1 < items.size() && rangeable(a) && rangeable(items.get(k + 1))) {
                TimeItem b = items.get(k + 1);
                String gap = b.start - a.end <= MAX_GAP
                        ? text.substring(a.end, b.start).strip().toLowerCase(Locale.ROOT) : "";
                if (!gap.isEmpty() && lx.rangeJoins.contains(gap)) {
                    WordHit<Boolean> opener = lx.rangeOpeners.endingBefore(tk, a.start, prevEnd, false);
                    if (opener != null || "-–—".contains(gap)) {
                        TimeItem r = new TimeItem(opener != null ? tk.start[opener.from] : a.start, b.end, null);
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

    /** A plain mention of a day, weekday, month or year can end a range; a phrase or a widened item cannot. */
    private static boolean rangeable(TimeItem it) {
        if (it.mention == null || it.possessive || it.toDay > 0 || it.fromDay > 0 || it.shift != TimeItem.NO_SHIFT) {
            return false;
        }
        return switch (it.mention.kind()) {
            case EXPLICIT, WEEKDAY, YEAR, MONTH_YEAR, RELATIVE -> true;
            default -> false;
        };
    }
}
