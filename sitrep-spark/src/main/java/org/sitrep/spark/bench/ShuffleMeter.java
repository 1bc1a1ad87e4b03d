package org.sitrep.spark.bench;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.concurrent.atomic.AtomicLong;

/** The bytes a job writes to its shuffles and the peak execution memory of its tasks, as Spark's task metrics count them. */
final class ShuffleMeter extends SparkListener {
    final AtomicLong shuffleBytes = new AtomicLong();
    final AtomicLong shuffleRecords = new AtomicLong();
    final AtomicLong peakExecutionMemory = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() == null) {
            return;
        }
        shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        shuffleRecords.addAndGet(end.taskMetrics().shuffleWriteMetrics().recordsWritten());
        peakExecutionMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
    }

    void reset() {
        shuffleBytes.set(0);
        shuffleRecords.set(0);
        peakExecutionMemory.set(0);
    }
}
