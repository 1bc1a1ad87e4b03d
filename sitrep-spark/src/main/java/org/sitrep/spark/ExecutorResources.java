package org.sitrep.spark;

import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.pipeline.FactsCodec;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.ReportAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.source.BatchDating;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline and its resources, loaded once per executor JVM the first time a task of it needs them and shared by
 * all its task threads (as the command line shares them among its workers): never shipped with a task, never loaded
 * per record. A static holder is Spark's way of keeping such state per executor.
 */
final class ExecutorResources {
    private static volatile ExecutorResources loaded;
    private static final AtomicInteger LOADS = new AtomicInteger();

    final Pipeline pipeline;
    final BatchDating dating;
    final TallyGrouper tallies = new TallyGrouper(CasualtyLexicon.loadDefault().unnamedGroups());
    final FactsCodec codec = new FactsCodec();

    private ExecutorResources() {
        LOADS.incrementAndGet();
        pipeline = StandardPipeline.create();
        dating = BatchDating.of(pipeline);
    }

    /** This JVM's resources, loaded on first use. */
    static ExecutorResources get() {
        ExecutorResources r = loaded;
        if (r == null) {
            synchronized (ExecutorResources.class) {
                r = loaded;
                if (r == null) {
                    r = new ExecutorResources();
                    loaded = r;
                }
            }
        }
        return r;
    }

    /** How many times this JVM loaded the pipeline: once, whatever the tasks and records (a test's check). */
    static int loads() {
        return LOADS.get();
    }

    /** One report's analysis with this JVM's pipeline, each report within {@code budget} of processor time. */
    ReportAnalyzer analyzer(Duration budget) {
        return new ReportAnalyzer(pipeline, budget, false);
    }

    /** A codec for the driver and for steps that need no pipeline. */
    static FactsCodec codec() {
        return CodecHolder.CODEC;
    }

    private static final class CodecHolder {
        static final FactsCodec CODEC = new FactsCodec();
    }
}
