package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One-to-one assignment with the most pairs, then the highest total score, as {@code assign()} in
 * {@code score.py}: the candidate graph is split into connected components, each solved by the Hungarian method
 * on weights {@code big + score}, {@code big} large enough that one more pair outweighs any difference in scores.
 */
public final class Assignment {

    /** An allowed pair: an engine item (row) and a gold item (column). */
    public record Pair(int row, int col) {
    }

    private Assignment() {
    }

    /**
     * @param pairs every allowed pair with its score (>= 0), in the order they were found (row, then column)
     * @return row to column
     */
    public static Map<Integer, Integer> assign(Map<Pair, Double> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (Pair p : pairs.keySet()) {
            parent.put(root(parent, rowKey(p.row())), root(parent, colKey(p.col())));
        }
        Map<Long, List<Pair>> components = new LinkedHashMap<>();
        for (Pair p : pairs.keySet()) {
            components.computeIfAbsent(root(parent, rowKey(p.row())), k -> new ArrayList<>()).add(p);
        }
        Map<Integer, Integer> result = new HashMap<>();
        for (List<Pair> edges : components.values()) {
            TreeSet<Integer> rowSet = new TreeSet<>();
            TreeSet<Integer> colSet = new TreeSet<>();
            double max = Double.NEGATIVE_INFINITY;
            for (Pair e : edges) {
                rowSet.add(e.row());
                colSet.add(e.col());
                max = Math.max(max, pairs.get(e));
            }
            int[] rows = rowSet.stream().mapToInt(Integer::intValue).toArray();
            int[] cols = colSet.stream().mapToInt(Integer::intValue).toArray();
            double big = (max + 1) * (Math.min(rows.length, cols.length) + 1);
            boolean byRow = rows.length <= cols.length;
            int[] side = byRow ? rows : cols;
            int[] other = byRow ? cols : rows;
            double[][] cost = new double[side.length][other.length];
            for (int i = 0; i < side.length; i++) {
                for (int j = 0; j < other.length; j++) {
                    Pair p = byRow ? new Pair(side[i], other[j]) : new Pair(other[j], side[i]);
                    Double s = pairs.get(p);
                    cost[i][j] = -(s == null ? 0.0 : big + s);
                }
            }
            for (int[] ij : hungarian(cost)) {
                Pair p = byRow ? new Pair(side[ij[0]], other[ij[1]]) : new Pair(other[ij[1]], side[ij[0]]);
                if (pairs.containsKey(p)) {
                    result.put(p.row(), p.col());
                }
            }
        }
        return result;
    }

    private static long rowKey(int r) {
        return 2L * r;
    }

    private static long colKey(int c) {
        return 2L * c + 1;
    }

    private static long root(Map<Long, Long> parent, long x) {
        parent.putIfAbsent(x, x);
        while (parent.get(x) != x) {
            long up = parent.get(parent.get(x));
            parent.put(x, up);
            x = up;
        }
        return x;
    }

    /** Minimum-cost assignment of every row of an n x m matrix (n <= m) to distinct columns: (row, column) pairs. */
    static List<int[]> hungarian(double[][] cost) {
        int n = cost.length;
        int m = cost[0].length;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] owner = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            owner[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            while (owner[j0] != 0) {
                used[j0] = true;
                int i0 = owner[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (j0 != 0) {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int j = 1; j <= m; j++) {
            if (owner[j] != 0) {
                out.add(new int[]{owner[j] - 1, j - 1});
            }
        }
        return out;
    }
}
