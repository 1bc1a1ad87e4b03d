package org.sitrep.cli;

/**
 * The one line a run that ran out of memory ends with, in place of a stack trace: how much heap Java had, and how to
 * give it more (the launcher passes {@code SITREP_JAVA_OPTS} to Java).
 */
final class HeapAdvice {
    private static final long MB = 1024 * 1024;

    private HeapAdvice() {
    }

    /** The line for a run whose Java heap was {@code maxHeap} bytes at most. */
    static String line(long maxHeap) {
        long suggested = Math.max(2, 4 * maxHeap / (1024 * MB) + 1);
        return "sitrep: error: out of memory (Java's heap is " + maxHeap / MB + " MB); give it more, e.g. "
                + "SITREP_JAVA_OPTS=-Xmx" + suggested + "g ./sitrep ... (or java -Xmx" + suggested + "g -jar sitrep.jar ...)";
    }
}
