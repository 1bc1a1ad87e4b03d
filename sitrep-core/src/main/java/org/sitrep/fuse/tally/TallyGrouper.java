package org.sitrep.fuse.tally;

import org.sitrep.fuse.event.FusionRules;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.model.Tally;
import org.sitrep.model.TallyClaim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the figures of all reports that count the same thing into tallies: the same kind and group, areas that
 * are the same place or one inside the other, and periods that overlap ("as of" figures form one series; figures
 * without a period go together only with each other). Claims more than tenfold apart count different things
 * ("over 200 dead" in an offensive is not the war's "more than 300,000"), and one report's two values for one period
 * are two counts. Every claim is kept; nothing is averaged. Figures are compared only within their
 * {@link #partition(Figure)}.
 */
public final class TallyGrouper {
    private static final double SAME_THING_RATIO = 10;

    private final Set<String> unnamedGroups;

    /** @param unnamedGroups group words that name nobody in particular ({@code casualty-words.tsv}) */
    public TallyGrouper(Set<String> unnamedGroups) {
        this.unnamedGroups = Set.copyOf(unnamedGroups);
    }

    /**
     * @param figures   every report's figures, in report order
     * @param published each document's publication day (a claim without an "as of" day holds on that day)
     */
    public List<Tally> group(List<Figure> figures, Map<String, LocalDate> published) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byPartition = new HashMap<>();
        for (Figure f : figures) {
            String doc = f.evidence().get(0).doc();
            TallyClaim claim = new TallyClaim(f.count(), f.qualifier(), f.attributedTo(), doc,
                    f.periodEnd() != null ? f.periodEnd() : published.get(doc), f);
            List<Group> candidates = byPartition.computeIfAbsent(partition(f), k -> new ArrayList<>());
            Group into = null;
            for (Group g : candidates) {
                if (g.admits(f)) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                into = new Group();
                groups.add(into);
                candidates.add(into);
            }
            into.add(claim);
        }
        List<Tally> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(tally("t" + (out.size() + 1), g.claims));
        }
        return out;
    }

    /** The claims of one tally; a newcomer must count the same thing as every claim (checked once per kind of claim). */
    private final class Group {
        final List<TallyClaim> claims = new ArrayList<>();
        private final Map<List<Object>, Figure> distinct = new HashMap<>();

        void add(TallyClaim c) {
            claims.add(c);
            Figure f = c.figure();
            distinct.putIfAbsent(signature(f), f);
        }

        boolean admits(Figure f) {
            return distinct.values().stream().allMatch(d -> sameThing(d, f));
        }

        private List<Object> signature(Figure f) {
            return Arrays.asList(f.kind(), f.count(), f.group(), f.area(), f.periodStart(), f.periodEnd());
        }
    }

    /**
     * Figures that can count the same thing share this key: the same kind, the same group (an unnamed one as
     * "people") and the same country (a toll in one country is never a toll in another). Grouping each key's figures
     * on their own gives what grouping them all at once gives, which lets a store regroup only the keys a new report
     * touches.
     */
    public String partition(Figure f) {
        String country = f.area() == null || f.area().country() == null ? "" : f.area().country();
        return f.kind().name() + "|" + group(f) + "|" + country;
    }

    boolean sameThing(Figure a, Figure b) {
        if (!partition(a).equals(partition(b)) || !areasFit(a.area(), b.area())
                || !periodsFit(a, b)) {
            return false;
        }
        if (a.count() != b.count() && a.evidence().get(0).doc().equals(b.evidence().get(0).doc())
                && Objects.equals(a.periodStart(), b.periodStart()) && Objects.equals(a.periodEnd(), b.periodEnd())) {
            return false; // one report giving two values for one period counts two things ("19 wounded … 4 of them")
        }
        double ratio = (double) Math.max(a.count(), b.count()) / Math.max(1, Math.min(a.count(), b.count()));
        return ratio <= SAME_THING_RATIO;
    }

    /** Who is counted, with "people" and an unnamed group alike. */
    private String group(Figure f) {
        String g = f.group() == null ? "" : f.group().toLowerCase(Locale.ROOT);
        return unnamedGroups.contains(g) ? "" : g;
    }

    private static boolean areasFit(Place a, Place b) {
        if (a == null || b == null) {
            return a == b;
        }
        return FusionRules.samePlace(a, b) || FusionRules.inside(a, b) || FusionRules.inside(b, a);
    }

    private static boolean periodsFit(Figure a, Figure b) {
        boolean aAsOf = a.periodStart() == null && a.periodEnd() != null;
        boolean bAsOf = b.periodStart() == null && b.periodEnd() != null;
        if (aAsOf || bAsOf) {
            return aAsOf && bAsOf;
        }
        if (a.periodStart() == null || b.periodStart() == null) {
            return a.periodStart() == null && b.periodStart() == null;
        }
        LocalDate aEnd = a.periodEnd() == null ? a.periodStart() : a.periodEnd();
        LocalDate bEnd = b.periodEnd() == null ? b.periodStart() : b.periodEnd();
        return !a.periodStart().isAfter(bEnd) && !b.periodStart().isAfter(aEnd);
    }

    private static Tally tally(String id, List<TallyClaim> claims) {
        List<TallyClaim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(TallyClaim::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        long low = sorted.stream().mapToLong(TallyClaim::count).min().orElse(0);
        long high = sorted.stream().mapToLong(TallyClaim::count).max().orElse(0);
        long conservative = sorted.stream().filter(c -> !partyClaim(c)).mapToLong(TallyClaim::count).min()
                .orElse(low);
        LocalDate start = sorted.stream().map(c -> c.figure().periodStart()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate end = sorted.stream().map(c -> c.figure().periodEnd()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Long latest = null;
        TallyClaim last = sorted.get(sorted.size() - 1);
        if (last.date() != null && sorted.stream().anyMatch(c -> c.date() != null && c.date().isBefore(last.date()))) {
            latest = last.count();
        }
        Place area = sorted.stream().map(c -> c.figure().area()).filter(Objects::nonNull)
                .min(Comparator.comparingInt(Place::geoPrecision)).orElse(null);
        TallyClaim head = sorted.get(0);
        return new Tally(id, head.figure().kind(), head.figure().group(), area, start, end, sorted, low, high,
                conservative, latest);
    }

    /** A figure a party to the fighting gives (its evidence is held as a claim). */
    private static boolean partyClaim(TallyClaim c) {
        return c.figure().evidence().stream().map(Evidence::hedge).allMatch(h -> h == Hedge.CLAIMED);
    }
}
