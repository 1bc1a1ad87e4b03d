package org.sitrep.names;

import org.sitrep.geo.GeoEntry;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * "Jammu and Kashmir", "Bosnia and Herzegovina": "and" does not join names ("Aleppo and Idlib" are two), except
 * inside a country's or division's name the gazetteer has whole.
 */
final class JoinedPlaceName {
    /** Words on each side of the "and". */
    private static final int MAX_SIDE = 2;

    private JoinedPlaceName() {
    }

    /**
     * The end of a country's or division's name holding "and" that starts at token {@code i}, or {@code i}
     * when there is none. The longest name is taken.
     */
    static int end(IntPredicate nameToken, String[] lower, int i, int end,
                   Function<String, List<GeoEntry>> lookup, BiFunction<Integer, Integer, String> spanText) {
        int and = i + 1;
        while (and < end && and - i <= MAX_SIDE && nameToken.test(and) && !lower[and].equals("and")) {
            and++;
        }
        if (and >= end - 1 || and - i > MAX_SIDE || !lower[and].equals("and") || !nameToken.test(and + 1)) {
            return i;
        }
        int last = and + 1;
        while (last + 1 < end && last + 1 - and <= MAX_SIDE && nameToken.test(last + 1)) {
            last++;
        }
        for (int to = last + 1; to > and + 1; to--) {
            List<GeoEntry> found = lookup.apply(spanText.apply(i, to));
            if (!found.isEmpty() && found.get(0).matchLevel() == org.sitrep.geo.MatchLevel.NAME
                    && (found.get(0).isCountry() || found.get(0).isAdmin1() || found.get(0).isAdmin2())) {
                return to;
            }
        }
        return i;
    }
}
