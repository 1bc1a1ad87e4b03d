package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions of a text as items: the date mentions and the phrases of the lexicon, then widened by the
 * extension steps over the words around them.
 */
final class TimeItems {
    private TimeItems() {
    }

    /** The mentions and the lexicon's phrases in order of position; a phrase that contains mentions replaces them. */
    static List<TimeItem> find(TimeLexicon lx, String text, TimeTokens tk, List<DateMention> mentions) {
        List<TimeItem> extras = new ArrayList<>();
        for (int i = 0; i < tk.n; ) {
            WordHit<TimeLexicon.Phrase> h = lx.longest(lx.phrases, tk, i, text.length());
            if (h == null || h.value.kind() == TimeLexicon.PhraseKind.SPAN_BACK && followedByOf(tk, h.to)) {
                i++;
                continue;
            }
            TimeItem x = new TimeItem(tk.start[h.from], tk.end[h.to], null);
            x.hit = h;
            extras.add(x);
            i = h.to + 1;
        }
        boolean[] replaced = new boolean[mentions.size()];
        List<TimeItem> items = new ArrayList<>(mentions.size() + extras.size());
        for (TimeItem x : extras) {
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
                items.add(new TimeItem(m.start(), m.end(), m));
            }
        }
        items.sort((a, b) -> Integer.compare(a.start, b.start));
        return items;
    }

    /** "Over the past week of fighting" is no span back from today. */
    private static boolean followedByOf(TimeTokens tk, int t) {
        return t + 1 < tk.n && tk.spaced[t + 1] && tk.is(t + 1, "of");
    }

    /**
     * Runs the extension steps on each item in order of position, then drops the items taken into another.
     * A step sees the end of the item before (as already extended) and the start of the item after.
     */
    static void extend(List<ItemExtension> steps, TimeLexicon lx, String text, TimeTokens tk, List<TimeItem> items) {
        ItemScan s = new ItemScan(lx, text, tk, items);
        for (int k = 0; k < items.size(); k++) {
            TimeItem it = items.get(k);
            if (it.consumed) {
                continue;
            }
            s.k = k;
            s.nextStart = k + 1 < items.size() ? items.get(k + 1).start : text.length();
            for (int i = 0, n = steps.size(); i < n; i++) {
                steps.get(i).extend(s, it);
            }
            s.prevEnd = it.end;
        }
        items.removeIf(i -> i.consumed);
    }
}
