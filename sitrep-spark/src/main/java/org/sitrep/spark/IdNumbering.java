package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.ingest.IdAllocator;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers repeated report ids across a whole job exactly as the command line's {@link IdAllocator} does over its
 * batch (the first {@code report} stays {@code report}, the next become {@code report-2}, {@code report-3}, first come
 * first served in the batch's order), without gathering every id on one machine.
 *
 * <p>An id the allocator gives from a base always has the form {@code base}, {@code base-N}, so bases that can meet
 * share their {@link #family}: the base with every trailing {@code -N} taken off. Families never meet each other, so
 * each is numbered on its own, in order; a family of one report keeps its base. Only families of several reports are
 * shuffled, and only the reports whose id changes are returned.
 */
final class IdNumbering {

    private IdNumbering() {
    }

    /** For each report (by its order) whose id is not its base, the id it takes. */
    static Map<Long, String> renames(JavaRDD<Tuple2<Long, String>> bases) {
        JavaPairRDD<String, Tuple2<Long, String>> byFamily = bases.mapToPair(b -> new Tuple2<>(family(b._2()), b));
        JavaPairRDD<String, Integer> sizes = byFamily.mapValues(b -> 1).reduceByKey(Integer::sum)
                .filter(f -> f._2() > 1);
        List<Tuple2<Long, String>> renamed = byFamily.join(sizes)
                .mapValues(Tuple2::_1)
                .groupByKey()
                .flatMap(family -> number(family._2()).iterator())
                .collect();
        Map<Long, String> out = new HashMap<>();
        renamed.forEach(r -> out.put(r._1(), r._2()));
        return out;
    }

    /** The reports of one family numbered in order; those whose id differs from their base. */
    static List<Tuple2<Long, String>> number(Iterable<Tuple2<Long, String>> family) {
        List<Tuple2<Long, String>> members = new ArrayList<>();
        family.forEach(members::add);
        members.sort((a, b) -> Long.compare(a._1(), b._1()));
        IdAllocator ids = new IdAllocator();
        List<Tuple2<Long, String>> out = new ArrayList<>();
        for (Tuple2<Long, String> m : members) {
            String id = ids.allocate(m._2());
            if (!id.equals(m._2())) {
                out.add(new Tuple2<>(m._1(), id));
            }
        }
        return out;
    }

    /** The base with every trailing {@code -N} (N digits) removed: {@code report-2-3} → {@code report}. */
    static String family(String base) {
        String f = base;
        while (true) {
            int dash = f.lastIndexOf('-');
            if (dash < 0 || dash == f.length() - 1 || !digits(f, dash + 1)) {
                return f;
            }
            f = f.substring(0, dash);
        }
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
