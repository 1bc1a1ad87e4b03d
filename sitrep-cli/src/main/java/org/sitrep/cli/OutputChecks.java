package org.sitrep.cli;

import org.sitrep.ingest.InputRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before any report is analysed, the outputs a run could not write: a folder, a file in a place that is not a
 * writable folder, a file that is not writable, one of the run's own inputs, a file two outputs both ask for, and more
 * than one output on standard output. An analysis of thousands of reports is not lost to a typing error found at its
 * end, and {@code --md r.txt} never overwrites the report {@code r.txt}.
 */
final class OutputChecks {
    private final List<Path> inputs;

    OutputChecks(List<InputRef> inputs) {
        this.inputs = inputs.stream().filter(ref -> !ref.isStdin()).map(InputRef::path).toList();
    }

    /** Why the outputs cannot be written, in one line naming the one at fault; null when they all can. */
    String refusal(List<Output> outputs) {
        List<Output> toStdout = outputs.stream().filter(Output::toStdout).toList();
        if (toStdout.size() > 1) {
            return "only one output can go to standard output (-): " + toStdout.get(0).option() + " and "
                    + toStdout.get(1).option() + " both ask for it";
        }
        List<Output> seen = new ArrayList<>();
        for (Output output : outputs) {
            if (output.toStdout()) {
                continue;
            }
            String why = refusal(output.file());
            if (why != null) {
                return output + ": " + why;
            }
            for (Output earlier : seen) {
                if (same(earlier.file(), output.file())) {
                    return output + ": " + earlier.option() + " writes the same file";
                }
            }
            seen.add(output);
        }
        return null;
    }

    private String refusal(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        for (Path input : inputs) {
            if (same(input, file)) {
                return "is one of the inputs; not overwritten";
            }
        }
        if (Files.exists(file)) {
            return Files.isRegularFile(file) && !Files.isWritable(file) ? "not writable (permission denied)" : null;
        }
        Path folder = file.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent(); // missing folders are created
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return (folder == null ? "its folder" : folder) + " is not a folder";
        }
        if (!Files.isWritable(folder)) {
            return "cannot write in " + folder + " (permission denied)";
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException unknown) {
            // compared by name below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
