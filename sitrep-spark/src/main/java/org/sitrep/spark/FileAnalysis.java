package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sitrep.ingest.ArchiveReader;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportAnalyzer;
import org.sitrep.pipeline.ReportFacts;
import org.sitrep.source.BatchDating;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An executor's work on one input file: read it into its reports, as the command line reads it (ids left as their
 * inputs give them: the driver numbers repeated ones once it knows them all), and analyse each report as soon as it is
 * read, keeping only its facts. A file or record that cannot be read, and a report that cannot be analysed, is an
 * {@link Outcome} with a notice: the job goes on.
 */
final class FileAnalysis {
    private final InputReader reader = new InputReader();
    private final ArchiveReader archives = new ArchiveReader();
    private final ExecutorResources resources;
    private final ReportAnalyzer analyzer;

    FileAnalysis(Duration budget) {
        resources = ExecutorResources.get();
        analyzer = resources.analyzer(budget);
    }

    /** The outcomes of one file, in the order of its reports. */
    List<Outcome> analyze(InputFile file) {
        List<Outcome> out = new ArrayList<>();
        int[] seq = {0};
        ArchiveReader.Sink sink = new ArchiveReader.Sink() {
            @Override
            public void page(RawInput page) {
                out.add(analyzeOne(page, Pos.order(file.index(), seq[0]++)));
            }

            @Override
            public void notice(Notice notice) {
                out.add(Outcome.ofNotice(Pos.order(file.index(), seq[0]++), null, notice, true));
            }
        };
        try {
            read(file, sink);
        } catch (InputException error) {
            sink.notice(Notice.failed(file.source(), error.getMessage()));
        } catch (OutOfMemoryError error) {
            sink.notice(Notice.failed(file.source(), "too large to read (out of memory)"));
        } catch (IOException error) {
            sink.notice(Notice.failed(file.source(), String.valueOf(error.getMessage())));
        } catch (RuntimeException error) {
            sink.notice(Notice.failed(file.source(), "internal error while reading: " + error));
        }
        return out;
    }

    /**
     * Reads one file as the command line reads it: a web archive record by record, as it streams in (never whole: a
     * Common Crawl file is a gigabyte), anything else whole and then expanded into its reports.
     */
    private void read(InputFile file, ArchiveReader.Sink sink) throws InputException, IOException {
        if (!file.hadoop()) {
            InputRef ref = new InputRef(java.nio.file.Path.of(file.path()), file.source());
            if (reader.isArchive(ref)) {
                reader.readArchive(ref, IdAllocator.verbatim(), sink);
                return;
            }
            expand(reader.load(ref), file, sink);
            return;
        }
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(new Configuration());
        if (ArchiveReader.isArchiveName(file.fileName())) {
            try (FSDataInputStream in = fs.open(path)) {
                archives.read(in, file.source(), IdAllocator.verbatim(), sink);
            }
            return;
        }
        long size = fs.getFileStatus(path).getLen();
        if (size > InputReader.DEFAULT_MAX_BYTES) {
            throw new InputException(InputReader.tooLarge(size, InputReader.DEFAULT_MAX_BYTES));
        }
        try (FSDataInputStream in = fs.open(path)) {
            expand(readAll(in), file, sink); // an archive under another name is found by its content here
        }
    }

    private void expand(byte[] bytes, InputFile file, ArchiveReader.Sink sink) throws InputException {
        InputBatch batch = reader.expand(bytes, file.source(), file.fileName(), IdAllocator.verbatim());
        batch.inputs().forEach(sink::page);
        batch.notices().forEach(sink::notice);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        in.transferTo(out);
        return out.toByteArray();
    }

    /** One report analysed: its facts (and what batch dating reads of it), or the notice of why there are none. */
    private Outcome analyzeOne(RawInput raw, long order) {
        Object result = analyzer.analyze(raw);
        if (result instanceof Notice notice) {
            return Outcome.ofNotice(order, raw.id(), notice, false);
        }
        Report report = (Report) result;
        BatchDating.Entry entry = null;
        RawInput lendable = null;
        if (resources.dating != null) {
            entry = resources.dating.entryOf(report);
            lendable = entry.open() ? raw : null;
        }
        return new Outcome(order, raw.id(), ReportRow.of(ReportFacts.of(report), resources.codec), null, false, entry,
                lendable);
    }
}
