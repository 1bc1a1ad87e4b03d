package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The job as a benchmark runs it: analysis and corpus steps, no output written. */
public final class JobRun {

    private JobRun() {
    }

    /** Runs the job over {@code inputs}; the number of reports analysed. */
    public static long run(SparkSession spark, List<String> inputs, Consumer<String> steps) throws IOException {
        JobResult result = new SitrepJob(spark, Duration.ofSeconds(20)).onStep(steps).run(inputs);
        result.release();
        return result.reports();
    }
}
