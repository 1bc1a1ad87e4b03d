package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's list of a job's input files, in the order the command line reads them. Local paths are walked by the
 * command line's own {@link InputCollector} (same files, same order, same notices for what is not a report); a
 * Hadoop file system path ({@code hdfs://}, {@code s3a://}, {@code gs://}) is listed recursively, files sorted by path,
 * keeping what the walk would keep.
 */
final class InputListing {

    /** The listed files and the notices of the walk. */
    record Listed(List<InputFile> files, List<Notice> notices) {
    }

    Listed list(List<String> inputs, Configuration hadoop) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<String> local = new ArrayList<>();
        for (String input : inputs) {
            if (InputFile.isHadoopUri(input)) {
                flushLocal(local, files, notices);
                listRemote(input, hadoop, files, notices);
            } else {
                local.add(input);
            }
        }
        flushLocal(local, files, notices);
        return new Listed(files, notices);
    }

    private static void flushLocal(List<String> local, List<InputFile> files, List<Notice> notices) {
        if (local.isEmpty()) {
            return;
        }
        InputCollector.Collected collected = new InputCollector().collect(local);
        for (InputRef ref : collected.inputs()) {
            if (ref.isStdin()) {
                notices.add(Notice.failed("-", "standard input cannot be read by a cluster job"));
                continue;
            }
            files.add(new InputFile(files.size(), ref.path().toString(), ref.source(), false));
        }
        notices.addAll(collected.notices());
        local.clear();
    }

    private static void listRemote(String input, Configuration hadoop, List<InputFile> files, List<Notice> notices)
            throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(hadoop);
        if (!fs.exists(root)) {
            notices.add(Notice.failed(input, "no such file"));
            return;
        }
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
            files.add(new InputFile(files.size(), root.toString(), input, true));
            return;
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue; // hidden files and a job's markers (_SUCCESS)
            }
            String why = InputNames.whyNotAReport(name);
            if (why == null) {
                found.add(f.getPath().toString());
            } else {
                notices.add(Notice.skipped(f.getPath().toString(), why));
            }
        }
        found.sort(null);
        for (String path : found) {
            files.add(new InputFile(files.size(), path, path, true));
        }
    }
}
