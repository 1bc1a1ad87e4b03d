package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Engine items matched one-to-one with gold items, as {@code match_items()} in {@code score.py}.
 *
 * @param matched engine index to gold index
 * @param pairs   every allowed pair with its score
 */
public record Matching(Map<Integer, Integer> matched, Map<Assignment.Pair, Double> pairs) {

    public static <E, G> Matching of(List<E> engine, List<G> gold, BiFunction<E, G, Double> score) {
        Map<Assignment.Pair, Double> pairs = new LinkedHashMap<>();
        for (int i = 0; i < engine.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                Double s = score.apply(engine.get(i), gold.get(j));
                if (s != null) {
                    pairs.put(new Assignment.Pair(i, j), s);
                }
            }
        }
        return new Matching(Assignment.assign(pairs), pairs);
    }

    public Prf tally(int engine, int gold) {
        return new Prf(matched.size(), engine, gold);
    }
}
