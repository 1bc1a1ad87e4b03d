package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The job as a benchmark runs it: analysis and corpus steps, no output written. */
public final class JobRun {

    private JobRun() {
    }

    /** What a run did: reports analysed, and nanoseconds per step of the job. */
    public record Summary(long reports, Map<String, Long> timings) {
    }

    /** Runs the job over {@code inputs}. */
    public static Summary run(SparkSession spark, List<String> inputs, Consumer<String> steps) throws IOException {
        JobResult result = new SitrepJob(spark, Duration.ofSeconds(20)).onStep(steps).run(inputs);
        result.release();
        return new Summary(result.reports(), result.timings());
    }
}
