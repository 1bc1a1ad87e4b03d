package org.sitrep.spark;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.pipeline.ReportAnalyzer;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.source.BatchDating;

import java.time.Duration;

/**
 * The pipeline and its resources, loaded once per executor JVM the first time a task of it needs them and shared by
 * all its task threads (as the command line shares them among its workers): never shipped with a task, never loaded
 * per record. A static holder is Spark's way of keeping such state per executor.
 */
final class ExecutorResources {
    private static volatile ExecutorResources loaded;
    private static volatile Duration loadedBudget;

    final ReportAnalyzer analyzer;
    final BatchDating dating;
    final FactsCodec codec = new FactsCodec();

    private ExecutorResources(Duration budget) {
        analyzer = new ReportAnalyzer(StandardPipeline.create(), budget, false);
        dating = BatchDating.of(analyzer.pipeline());
    }

    /** This JVM's resources, loaded on first use; {@code budget} is the time one report may take. */
    static ExecutorResources get(Duration budget) {
        ExecutorResources r = loaded;
        if (r == null || !budget.equals(loadedBudget)) {
            synchronized (ExecutorResources.class) {
                r = loaded;
                if (r == null || !budget.equals(loadedBudget)) {
                    r = new ExecutorResources(budget);
                    loaded = r;
                    loadedBudget = budget;
                }
            }
        }
        return r;
    }

    /** A codec for the driver and for steps that need no pipeline. */
    static FactsCodec codec() {
        return CodecHolder.CODEC;
    }

    private static final class CodecHolder {
        static final FactsCodec CODEC = new FactsCodec();
    }
}
