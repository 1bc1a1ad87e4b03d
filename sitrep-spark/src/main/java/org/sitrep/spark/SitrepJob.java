package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.ingest.Notice;
import org.sitrep.model.PlaceControl;
import org.sitrep.source.BatchDates;
import org.sitrep.source.BatchDating;
import scala.Tuple2;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Sitrep job: the one place the order of its cluster steps is written down.
 * <ol>
 *   <li>The driver lists the input files in the command line's order ({@link InputListing}).</li>
 *   <li>Executors read each file ({@link FileReading}) and analyse each of its reports as soon as it is read
 *       ({@link ReportAnalysis}), with
 *       the pipeline loaded once per executor JVM; a bad file, record or report is a notice, never a failed job.</li>
 *   <li>Repeated ids are numbered as the command line numbers them ({@link IdNumbering}).</li>
 *   <li>Reports whose own words leave their day open are dated by the batch as the command line dates them
 *       ({@link BatchDating}), and analysed again.</li>
 *   <li>Events are fused by fusion run, figures grouped into tallies by partition, control read by place
 *       ({@link ClusterFusion}).</li>
 * </ol>
 * The result equals what {@code sitrep analyze} gives for the same inputs.
 */
final class SitrepJob {
    private final SparkSession spark;
    private final JavaSparkContext context;
    private final Duration budget;
    private Consumer<String> steps = step -> { };

    SitrepJob(SparkSession spark, Duration budget) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.budget = budget;
    }

    /** Calls {@code listener} with each step's name as it starts ("analysis", "numbering and dating", "fusion"), then "done". */
    SitrepJob onStep(Consumer<String> listener) {
        this.steps = listener;
        return this;
    }

    /** Runs the job over {@code inputs} (files, folders, Hadoop URIs); its results stay on the cluster until read. */
    JobResult run(List<String> inputs) throws IOException {
        InputListing.Listed listed = new InputListing().list(inputs, context.hadoopConfiguration());
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = step("analysis");
        JavaRDD<Outcome> outcomes = analyzed(listed.files());
        long t1 = step("numbering and dating");
        timings.put("analysis", t1 - t0);
        JavaPairRDD<Long, ReportRow> facts = numberedAndDated(outcomes);
        long reports = facts.count();
        long t2 = step("fusion");
        timings.put("numbering and dating", t2 - t1);
        JavaPairRDD<Pos, String> fused = ClusterFusion.events(context, facts).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> tallies = ClusterFusion.tallies(facts).persist(StorageLevel.MEMORY_AND_DISK());
        List<PlaceControl> control = ClusterFusion.control(fused);
        tallies.count();
        timings.put("fusion", step("done") - t2);
        return new JobResult(spark, listed.files().size(), reports, facts, fused, tallies, control,
                failures(listed, outcomes), listed.notices().stream().filter(n -> !n.failure()).toList(),
                counts(outcomes), timings, List.of(outcomes, facts, fused, tallies));
    }

    /** Tells the listener a step starts; the time it does. */
    private long step(String name) {
        steps.accept(name);
        return System.nanoTime();
    }

    /**
     * Every file read and every report analysed, once (the outcomes are kept: every later step reads them). A task
     * reads a few files and analyses their reports as it reads them; when there are fewer files than cores (one
     * large archive on a laptop), the records read are dealt out to every core instead.
     */
    private JavaRDD<Outcome> analyzed(List<InputFile> files) {
        int cores = context.defaultParallelism();
        JavaRDD<Record> records = context.parallelize(files, Math.max(1, Math.min(files.size(), cores * 4)))
                .flatMap(file -> new FileReading().records(file));
        if (files.size() < cores) {
            records = records.repartition(cores * 4);
        }
        Duration perReport = budget;
        JavaRDD<Outcome> outcomes = records
                .mapPartitions(it -> {
                    ReportAnalysis analysis = new ReportAnalysis(perReport);
                    return new MappedIterator<>(it, analysis::analyze);
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        outcomes.count();
        return outcomes;
    }

    /** The analysed reports under the ids the batch numbers them with, those the batch dates analysed again. */
    private JavaPairRDD<Long, ReportRow> numberedAndDated(JavaRDD<Outcome> outcomes) {
        Broadcast<Map<Long, String>> ids = context.broadcast(IdNumbering.renames(outcomes
                .filter(o -> o.baseId() != null)
                .map(o -> new Tuple2<>(o.order(), o.baseId()))));
        Broadcast<Map<Long, BatchDates>> lent = context.broadcast(lentDates(outcomes, ids));
        Duration again = budget;
        return outcomes
                .filter(o -> o.row() != null)
                .mapToPair(o -> new Tuple2<>(o.order(), FinalFacts.of(o, ids.value(), lent.value(), again)))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Every input, record or report that could not be read or analysed, in the command line's order: the listing's,
     * then those of reading in input order, then those of analysis in report order.
     */
    private static List<Notice> failures(InputListing.Listed listed, JavaRDD<Outcome> outcomes) {
        List<Outcome> noticed = new ArrayList<>(outcomes
                .filter(o -> o.notice() != null && o.notice().failure())
                .map(o -> Outcome.ofNotice(o.order(), null, o.notice(), o.read()))
                .collect());
        noticed.sort(Comparator.comparing((Outcome o) -> !o.read()).thenComparingLong(Outcome::order));
        List<Notice> failures = new ArrayList<>();
        listed.notices().stream().filter(Notice::failure).forEach(failures::add);
        noticed.forEach(o -> failures.add(o.notice()));
        return failures;
    }

    /** What was skipped and what failed, by reason. */
    private static Map<String, Long> counts(JavaRDD<Outcome> outcomes) {
        return new HashMap<>(outcomes
                .filter(o -> o.notice() != null)
                .mapToPair(o -> new Tuple2<>((o.notice().failure() ? "failed: " : "skipped: ")
                        + o.notice().countedAs(), 1L))
                .reduceByKey(Long::sum)
                .collectAsMap());
    }

    /**
     * The days the batch lends the reports whose own words leave their day open, by report order; none when no report
     * is open (a web archive's pages all have their capture day), else computed on the driver from every report's
     * dating entry, as the command line computes them.
     */
    private Map<Long, BatchDates> lentDates(JavaRDD<Outcome> outcomes, Broadcast<Map<Long, String>> ids) {
        long open = outcomes.filter(o -> o.entry() != null && o.entry().open()).count();
        if (open == 0) {
            return Map.of();
        }
        List<Tuple2<Long, BatchDating.Entry>> entries = new ArrayList<>(outcomes
                .filter(o -> o.row() != null && o.entry() != null)
                .map(o -> {
                    String id = ids.value().getOrDefault(o.order(), o.baseId());
                    BatchDating.Entry e = o.entry();
                    return new Tuple2<>(o.order(), new BatchDating.Entry(id, e.keys(), e.date(), e.open()));
                })
                .collect());
        entries.sort(Comparator.comparingLong(Tuple2::_1));
        BatchDating dating = ExecutorResources.get().dating;
        List<BatchDates> dates = dating.lent(entries.stream().map(Tuple2::_2).toList());
        Map<Long, BatchDates> out = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
                out.put(entries.get(i)._1(), dates.get(i));
            }
        }
        return out;
    }
}
