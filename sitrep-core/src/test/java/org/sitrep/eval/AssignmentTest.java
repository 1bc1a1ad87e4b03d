package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentTest {

    private static Map<Assignment.Pair, Double> pairs(double[][] triples) {
        Map<Assignment.Pair, Double> m = new LinkedHashMap<>();
        for (double[] t : triples) {
            m.put(new Assignment.Pair((int) t[0], (int) t[1]), t[2]);
        }
        return m;
    }

    @Test
    void morePairsOutweighAHigherScore() {
        // (0,0) alone scores 10; (0,1) + (1,0) score 2 but make two pairs
        var result = Assignment.assign(pairs(new double[][]{{0, 0, 10}, {0, 1, 1}, {1, 0, 1}}));
        assertThat(result).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 0));
    }

    @Test
    void amongAsManyPairsTheHigherScoreWins() {
        assertThat(Assignment.assign(pairs(new double[][]{{0, 0, 1}, {0, 1, 3}}))).isEqualTo(Map.of(0, 1));
        // more rows than columns: the best row takes the one column
        assertThat(Assignment.assign(pairs(new double[][]{{0, 0, 1}, {1, 0, 5}, {2, 0, 2}}))).isEqualTo(Map.of(1, 0));
    }

    @Test
    void separateComponentsAreSolvedApart() {
        var result = Assignment.assign(pairs(new double[][]{{0, 0, 2}, {1, 0, 1}, {2, 5, 0}, {3, 5, 4}}));
        assertThat(result).isEqualTo(Map.of(0, 0, 3, 5));
        assertThat(Assignment.assign(Map.of())).isEmpty();
    }
}
