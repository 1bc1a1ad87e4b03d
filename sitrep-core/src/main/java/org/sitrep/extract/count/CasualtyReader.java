package org.sitrep.extract.count;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the counts of one sentence and what they count: the number (digits or words, with its qualifier),
 * the group after it, and the cue that says what happened — before the number ("killed at least 13
 * civilians", "the toll rose to 15") or after it ("four people were killed", "over 200 dead", "48,500 people
 * in Idlib had been displaced"). Counts joined by "and" are one tally ("five children and two women" = 7);
 * a count after "including" is a part of the one before. Numbers that are dates or measures are not counts.
 */
public final class CasualtyReader {
    private static final int GAP = 4;
    private static final int LINK = 9;
    private static final int DESCRIBING = 2;

    private final NumberReader numbers;
    private final CasualtyLexicon words;

    public CasualtyReader(NumberReader numbers, CasualtyLexicon words) {
        this.numbers = numbers;
        this.words = words;
    }

    /** Tokens a caller excludes from counting (dates), as a predicate on token indexes. */
    public interface Excluded {
        Excluded NONE = i -> false;

        boolean test(int token);
    }

    /** The counts of tokens {@code [from, to)} with what they count; counts without a cue are left out. */
    public List<Casualty> read(Tokens tokens, int from, int to, Excluded excluded) {
        List<Casualty> out = new ArrayList<>(2);
        Casualty prev = null;
        boolean list = false; // prev is an item of a list of counts ("58 men, 31 women")
        for (int i = from; i < to; i++) {
            if (excluded.test(i) || negated(tokens, from, i)) {
                continue;
            }
            Quantity q = numbers.read(tokens, i, to);
            boolean article = q == null;
            if (q == null) {
                q = one(tokens, i, to);
            }
            if (q == null || excluded.test(q.end() - 1)) {
                continue;
            }
            boolean listed = !article && prev != null && prev.count() != null // not "14 people, a police officer said"
                    && listed(tokens, prev.end(), q.first(), list);
            boolean gapped = prev != null && prev.count() != null && !listed && gapped(tokens, prev.end(), q, to);
            Casualty c = counted(tokens, q, from, to, prev, listed || gapped);
            i = q.end() - 1;
            if (c == null) {
                continue;
            }
            i = c.end() - 1;
            if (!listed && !gapped && prev != null && !c.subset() && joined(tokens, prev.end(), c.first())
                    && prev.count() != null && c.count() != null && prev.kind() == c.kind()) {
                if (sides(prev, c)) {
                    c = c.besides(); // "ten soldiers and 16 militants": two counts, one toll
                } else {
                    prev = prev.plus(c); // "five children and two women"
                    out.set(out.size() - 1, prev);
                    continue;
                }
            }
            list = listed;
            out.add(c);
            prev = c;
        }
        return out;
    }

    /**
     * True when two counts joined by "and" number two sets of combatants ("ten soldiers and 16 militants"): each
     * side's losses are told apart, not added.
     */
    private static boolean sides(Casualty a, Casualty b) {
        return a.fighters() && b.fighters() && a.group() != null && !a.group().equals(b.group());
    }

    /**
     * True when the count at {@code to} continues a list of counts after the one ending at {@code from}: only a
     * comma between ("58 men, 31 women"), or "and" after an item of the list ("…, and 15 children"). Items of a
     * list are told apart; two counts joined by "and" alone are one toll.
     */
    private static boolean listed(Tokens tokens, int from, int to, boolean list) {
        if (to - from == 1 && tokens.is(from, ",")) {
            return true;
        }
        return list && ((to - from == 1 && tokens.is(from, "and"))
                || (to - from == 2 && tokens.is(from, ",") && tokens.is(from + 1, "and")));
    }

    /**
     * True when the count {@code q} repeats the verb of the count before with it left out ("left 79 dead in
     * February and 22 in July", "187 were abducted from one school and 125 from the other"): "and" just before
     * it, a preposition just after it.
     */
    private boolean gapped(Tokens tokens, int from, Quantity q, int to) {
        int and = q.first() - 1;
        if (and <= from || !tokens.isIgnoreCase(and, "and") || q.end() >= to) {
            return false;
        }
        return words.gapping.startsAt(tokens, q.end(), to);
    }

    /** True when words just before token {@code i} make the number there no count ("no one", "all but four"). */
    private boolean negated(Tokens tokens, int from, int i) {
        for (int k = Math.max(from, i - 2); k < i; k++) {
            CuePhrases.Match<String> m = words.notCount.at(tokens, k, i);
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    /** "a man", "a 71-year-old woman": one person, when the article is followed by a singular group noun. */
    private Quantity one(Tokens tokens, int i, int to) {
        if (!tokens.is(i, "a") && !tokens.is(i, "an") && !tokens.is(i, "A") && !tokens.is(i, "An")) {
            return null;
        }
        for (int k = i + 1; k < Math.min(to, i + 3); k++) {
            if (words.singular.startsAt(tokens, k, to)) {
                return new Quantity(i, i + 1, 1L, Qualifier.EXACT, null);
            }
            if (!tokens.word(k)) {
                return null;
            }
        }
        return null;
    }

    private Casualty counted(Tokens tokens, Quantity q, int from, int to, Casualty prev, boolean continues) {
        int g = q.end();
        CuePhrases.Match<String> more = g < to ? words.more.at(tokens, g, to) : null;
        if (more != null) {
            g = more.end();
        }
        Group group = group(tokens, g, to);
        if (group == null && g + 2 < to && tokens.is(g, "of") && tokens.isIgnoreCase(g + 1, "the")) {
            group = group(tokens, g + 2, to); // "25 of the pupils"
        }
        int end = group != null ? group.end : g;
        Cue cue = cueBefore(tokens, q.first(), from);
        boolean subset = false;
        CuePhrases.Match<String> part = g < to ? words.subsetAfter.at(tokens, g, to) : null;
        if (part != null && prev != null) { // "nine people, four of them children"
            group = group(tokens, part.end(), to);
            end = group != null ? group.end : part.end();
            subset = true;
            cue = Cue.of(prev.kind());
        }
        if (subset) {
            // told by the words after the number
        } else if (prev != null && subsetBetween(tokens, prev.end(), q.first())) {
            subset = true;
            cue = cue == null ? Cue.of(prev.kind()) : cue;
        } else if (prev != null && cue == null && joined(tokens, prev.end(), q.first())) {
            Cue own = ownCue(tokens, group, end, to); // "118 dead and 86 injured": the second count says its own kind
            cue = own != null ? own : Cue.of(prev.kind());
        }
        if (cue == null) {
            cue = ownCue(tokens, group, end, to);
        }
        if (cue == null && continues) {
            cue = Cue.of(prev.kind()); // a list item or a gapped count says what the count before says
        }
        FigureKind kind = cue == null ? null : resolve(cue, group);
        if (kind == null && cue != null && cue.placeOnly && !cue.after && group != null) {
            CuePhrases.Match<String> as = end < to ? words.takenAs.at(tokens, end, to) : null;
            if (as != null) { // "took 40 passengers hostage", "took 18 soldiers prisoner"
                kind = CasualtyLexicon.kind(as.value());
                end = as.end();
            } else { // "took six wounded people to hospital": the group or the words after tell it, if anything
                Cue own = ownCue(tokens, group, end, to);
                kind = own == null ? null : resolve(own, group);
            }
        }
        if (kind == null) {
            return null;
        }
        String noun = group == null ? null : group.noun;
        return new Casualty(kind, q, noun, group != null && group.civilians, group != null && group.fighters,
                subset, q.first(), end, false);
    }

    /**
     * What the words at or after the group say happened: a death or a wound told after the group beats the
     * group's own kind ("100 prisoners were killed"), which beats any other cue after ("300 detainees were
     * freed" stays with the detainees only when nothing else is told).
     */
    private Cue ownCue(Tokens tokens, Group group, int end, int to) {
        Cue after = cueAfter(tokens, end, to);
        boolean own = after != null && !(after.shared && group != null && group.implied != null); // "118 dead and 86 injured"
        if (own && (after.kind == FigureKind.KILLED || after.kind == FigureKind.INJURED)) {
            return after;
        }
        if (group != null && group.implied != null) {
            return Cue.of(group.implied); // "30 wounded people were taken to hospital", "6 million refugees"
        }
        return after;
    }

    /**
     * The kind a cue gives the group it counts. Places are only captured ("seized 13 villages"); people taken
     * by force are captured when they are combatants or prisoners ("took 18 soldiers prisoner") and missing
     * when they are civilians ("seized 200 pupils" is an abduction); a verb of territory ("entered", "lost")
     * counts no people. A count with no group needs its cue after it ("14 were arrested").
     */
    private static FigureKind resolve(Cue cue, Group group) {
        FigureKind kind = cue.kind;
        if (group != null && group.place) {
            return kind == FigureKind.CAPTURED ? kind : null; // "killed in 13 villages" does not count villages as dead
        }
        switch (kind) {
            case CAPTURED:
                if (cue.placeOnly || (group == null && !closeAfter(cue))) {
                    return null;
                }
                return group != null && (group.civilians || group.implied == FigureKind.MISSING)
                        ? FigureKind.MISSING : FigureKind.CAPTURED;
            case DETAINED:
            case MISSING:
            case OTHER:
                return group != null || closeAfter(cue) ? kind : null;
            default:
                return kind;
        }
    }

    /**
     * True for a cue after a count that names nobody, with only auxiliaries between and more than one word in all
     * ("18 were taken prisoner", "30 were still unaccounted for"); "a cell for 35 held 155" and "six albums were
     * released" count nobody.
     */
    private static boolean closeAfter(Cue cue) {
        return cue.after && cue.bare;
    }

    /**
     * A cue read: the kind it tells, whether it stood after the count, whether it counts only places, whether it
     * follows the count with only auxiliaries between and more than one word in all ("had been rescued"), and
     * whether it was read past another count joined to this one.
     */
    private record Cue(FigureKind kind, boolean after, boolean placeOnly, boolean bare, boolean shared) {
        static Cue of(FigureKind kind) {
            return kind == null ? null : new Cue(kind, false, false, false, false);
        }

        /** The same cue, read past another count joined to this one ("ten soldiers and 16 militants were killed"). */
        Cue sharedWith() {
            return new Cue(kind, after, placeOnly, bare, true);
        }
    }

    private record Group(int end, String noun, boolean civilians, boolean fighters, boolean place, FigureKind implied) {
    }

    /**
     * The group counted at token {@code g}, allowing a describing word before it ("five Ukrainian soldiers"), two
     * when the first is a name ("ten Somali government soldiers"); a describing word right after the number that tells what happened gives
     * the group that kind ("17 injured passengers").
     */
    private Group group(Tokens tokens, int g, int to) {
        for (int k = g; k < Math.min(to, g + DESCRIBING + 1); k++) {
            Group found = groupAt(tokens, k, to);
            if (found != null) {
                CuePhrases.Match<String> d = k > g && found.implied == null ? words.describing.at(tokens, g, k) : null;
                return d == null ? found : new Group(found.end, found.noun, found.civilians, found.fighters,
                        found.place, CasualtyLexicon.kind(d.value()));
            }
            if (!tokens.word(k) || (k > g && !tokens.capitalized(g))) {
                return null; // a second describing word only after a name ("Somali government soldiers")
            }
        }
        return null;
    }

    private Group groupAt(Tokens tokens, int k, int to) {
        CuePhrases.Match<String> victim = words.victimGroups.at(tokens, k, to);
        CuePhrases.Match<String> fighter = words.fighterGroups.at(tokens, k, to);
        CuePhrases.Match<String> place = words.placeGroups.at(tokens, k, to);
        CuePhrases.Match<String> implied = words.implied.at(tokens, k, to);
        CuePhrases.Match<String> neutral = words.otherGroups.at(tokens, k, to);
        CuePhrases.Match<String> best = longest(longest(longest(victim, fighter), longest(place, implied)), neutral);
        if (best == null) {
            return null;
        }
        return new Group(best.end(), best.phrase(), best == victim, best == fighter, best == place,
                implied != null && best.end() == implied.end() ? CasualtyLexicon.kind(implied.value()) : null);
    }

    private static CuePhrases.Match<String> longest(CuePhrases.Match<String> a, CuePhrases.Match<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.end() > a.end() ? b : a;
    }

    /** The kind of a cue ending just before the number, with only gap words between ("killed a total of"). */
    private Cue cueBefore(Tokens tokens, int first, int from) {
        for (int k = first - 1; k >= Math.max(from, first - GAP - 3); k--) {
            CuePhrases.Match<String> m = words.before.at(tokens, k, first);
            if (m != null && onlyGap(tokens, m.end(), first)) {
                return cue(tokens, m, -1);
            }
        }
        return null;
    }

    /** The cue of a match; {@code from} is where the count ends for a cue after it, or -1 for a cue before it. */
    private Cue cue(Tokens tokens, CuePhrases.Match<String> m, int from) {
        boolean after = from >= 0;
        boolean bare = after && covered(words.link, tokens, from, m.first())
                && (m.end() - m.first() > 1 || m.first() > from);
        return new Cue(CasualtyLexicon.kind(m.value()), after, words.placeOnly.contains(m.phrase()), bare, false);
    }

    private boolean onlyGap(Tokens tokens, int from, int to) {
        return to - from <= GAP && covered(words.gap, tokens, from, to);
    }

    /** True when phrases of {@code cues} cover tokens {@code [from, to)} one after another. */
    private static boolean covered(CuePhrases<String> cues, Tokens tokens, int from, int to) {
        int k = from;
        while (k < to) {
            CuePhrases.Match<String> m = cues.at(tokens, k, to);
            if (m == null) {
                return false;
            }
            k = m.end();
        }
        return true;
    }

    /** The kind of a cue after the group, with words but no punctuation and no other number between. */
    private Cue cueAfter(Tokens tokens, int end, int to) {
        int reach = end + LINK;
        int groups = end; // where the group, or a list of groups, ends
        boolean shared = false;
        for (int k = end; k < Math.min(to, reach); k++) {
            CuePhrases.Match<String> m = words.after.at(tokens, k, to);
            if (m != null) {
                boolean close = k == groups || m.end() - m.first() > 1 || words.link.startsAt(tokens, k - 1, k);
                Cue cue = close ? cue(tokens, m, end) : null; // "that killed" after a count is another clause
                return cue != null && shared ? cue.sharedWith() : cue;
            }
            if (tokens.is(k, ",") && k + 1 < to && apposition(tokens, k + 1, to)) {
                int close = nextComma(tokens, k + 1, Math.min(to, k + 1 + LINK));
                if (close < 0) {
                    return null;
                }
                reach += close - k; // "nine people, four of them children, were killed": the aside does not count
                k = close;
                continue;
            }
            Quantity joinedCount = k == groups && k + 1 < to && tokens.is(k, "and") ? numbers.read(tokens, k + 1, to) : null;
            if (joinedCount != null && joinedCount.exact()) { // "ten soldiers and 16 militants were killed"
                Group other = group(tokens, joinedCount.end(), to);
                int past = other != null ? other.end : joinedCount.end();
                reach += past - k;
                groups = past;
                shared = true;
                k = past - 1;
                continue;
            }
            Group listed = k == groups && k + 1 < to && (tokens.is(k, ",") || tokens.is(k, "and"))
                    ? groupAt(tokens, k + 1, to) : null;
            if (listed != null) { // "1,500 civilians, soldiers and militants killed": a list of who
                reach += listed.end - k;
                groups = listed.end;
                k = listed.end - 1;
                continue;
            }
            if (!tokens.word(k) || Character.isDigit(tokens.first(k)) || words.before.startsAt(tokens, k, to)) {
                return null;
            }
        }
        return null;
    }

    /** True when a comma opens an aside about the count ("four of them children", "including a boy"). */
    private boolean apposition(Tokens tokens, int k, int to) {
        return words.subset.startsAt(tokens, k, to) || numbers.read(tokens, k, to) != null;
    }

    private static int nextComma(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.is(k, ",")) {
                return k;
            }
        }
        return -1;
    }

    private boolean subsetBetween(Tokens tokens, int from, int to) {
        int k = from;
        while (k < to && !tokens.word(k)) {
            k++; // ", including"
        }
        CuePhrases.Match<String> m = k < to ? words.subset.at(tokens, k, to) : null;
        return m != null && m.end() == to;
    }

    private boolean joined(Tokens tokens, int from, int to) {
        return from < to && covered(words.add, tokens, from, to);
    }
}
