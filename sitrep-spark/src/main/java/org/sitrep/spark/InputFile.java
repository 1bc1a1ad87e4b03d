package org.sitrep.spark;

import java.io.Serializable;

/**
 * One input file of a job, as the driver lists it for the executors.
 *
 * @param index  its place among the job's inputs (the command line's order)
 * @param path   a local path, or a Hadoop file system URI ({@code hdfs://}, {@code s3a://})
 * @param source the name notices and reports give it, as the user wrote it
 */
record InputFile(int index, String path, String source) implements Serializable {

    /** True for a path on a Hadoop file system rather than this machine's. */
    boolean remote() {
        int colon = path.indexOf("://");
        return colon > 1 && !path.startsWith("file://");
    }

    /** The file's name, for ids and for guessing its format. */
    String fileName() {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
