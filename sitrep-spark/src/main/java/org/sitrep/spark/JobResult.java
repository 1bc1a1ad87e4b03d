package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.sql.SparkSession;
import org.sitrep.fuse.Situation;
import org.sitrep.ingest.Notice;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.FactsCodec;
import org.sitrep.pipeline.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job found, still spread over the cluster: every report's facts by its place in the batch, the incidents by
 * the place of their first member, the tallies in order; who held each place, the failures and the counts of what
 * was skipped and why are on the driver.
 *
 * @param files    input files listed
 * @param reports  reports analysed
 * @param failures every input, record or report that could not be read or analysed, in the command line's order
 * @param walk     what the listing of folders skipped (files that are not reports)
 * @param counts   skipped and failed records and reports, by {@code "skipped: REASON"} / {@code "failed: REASON"}
 * @param timings  nanoseconds spent in each step of the job (reading and analysis, numbering and dating, fusion)
 * @param kept     what the job keeps on the cluster for its outputs ({@link #release()} lets it go)
 */
record JobResult(SparkSession spark, int files, long reports, JavaPairRDD<Long, ReportRow> facts,
                 JavaPairRDD<Pos, String> events, JavaRDD<String> tallies, List<PlaceControl> control,
                 List<Notice> failures, List<Notice> walk, Map<String, Long> counts, Map<String, Long> timings,
                 List<JavaRDDLike<?, ?>> kept) {

    /** Lets the cluster drop what it keeps for this result once its outputs are written. */
    void release() {
        kept.forEach(rdd -> rdd.rdd().unpersist(false));
    }

    /**
     * The whole picture on the driver, as the command line holds it before it writes its outputs: every report's
     * facts, so only for what fits in the driver's memory (a {@code sitrep/1} object or an ACLED CSV file).
     */
    Situation situation() {
        FactsCodec codec = ExecutorResources.codec();
        List<Report> reports = new ArrayList<>();
        for (ReportRow row : facts.sortByKey().values().collect()) {
            reports.add(codec.facts(row.facts()).toReport());
        }
        List<FusedEvent> fused = new ArrayList<>();
        for (String json : events.values().collect()) {
            fused.add(codec.fused(json));
        }
        List<Tally> grouped = new ArrayList<>();
        for (String json : tallies.collect()) {
            grouped.add(codec.tally(json));
        }
        return new Situation(new Analysis(reports, failures), fused, grouped, control, Map.of());
    }

    /** The skip and failure counts, sorted by what they count, as lines. */
    List<String> countLines() {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(counts).forEach((what, n) -> lines.add(what + " " + n));
        return lines;
    }
}
