package org.sitrep.spark;

import java.io.Serializable;

/**
 * One input file of a job, as the driver lists it for the executors.
 *
 * @param index  its place among the job's inputs (the command line's order)
 * @param path   a local path, or a Hadoop file system path ({@code hdfs://}, {@code s3a://}, {@code file:})
 * @param source the name notices and reports give it, as the user wrote it
 * @param hadoop true when it is read through Hadoop's file systems, false for a path of this machine read as the
 *               command line reads it
 */
record InputFile(int index, String path, String source, boolean hadoop) implements Serializable {

    /**
     * True for an input the user names by a Hadoop file system URI ({@code hdfs://}, {@code s3a://}, also
     * {@code file://}), false for a plain path of this machine.
     */
    static boolean isHadoopUri(String input) {
        int colon = input.indexOf("://");
        return colon > 1 && input.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
                || c == '-' || c == '.');
    }

    /** The file's name, for ids and for guessing its format. */
    String fileName() {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
