package org.sitrep.cli;

import org.sitrep.fuse.Situation;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.GeoJsonExport;
import org.sitrep.report.SituationJson;
import org.sitrep.report.SituationReport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Writes the outputs of a run, each whole or not at all ({@link AtomicFile}); one that fails is named on standard error
 * and the others are still written.
 */
final class SituationOutputs {
    private final Situation situation;
    private String markdown;

    SituationOutputs(Situation situation) {
        this.situation = situation;
    }

    /** Writes every output; returns false when one or more could not be written (each is named on {@code err}). */
    boolean writeAll(List<Output> outputs, PrintStream err) {
        boolean all = true;
        for (Output output : outputs) {
            try {
                if (output.toStdout()) {
                    OutputStream stdout = new FilterOutputStream(System.out) {
                        @Override
                        public void close() throws IOException {
                            flush(); // standard output stays open
                        }
                    };
                    write(output.kind(), stdout);
                    stdout.flush();
                } else {
                    AtomicFile.write(output.file(), out -> write(output.kind(), out));
                }
            } catch (IOException | RuntimeException error) {
                err.println("sitrep: error: cannot write " + output + ": " + reason(error));
                all = false;
            }
        }
        return all;
    }

    private void write(Output.Kind kind, OutputStream out) throws IOException {
        switch (kind) {
            case JSON -> new SituationJson().write(situation, out);
            case CSV -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new AcledCsvExport(AcledTables.loadDefault()).write(situation, writer); // flushes and closes it
            }
            case GEOJSON -> new GeoJsonExport().write(situation, out);
            case MARKDOWN -> {
                if (markdown == null) {
                    markdown = new SituationReport().render(situation); // rendered once for a file and stdout
                }
                out.write(markdown.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String reason(Exception error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (error instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}
