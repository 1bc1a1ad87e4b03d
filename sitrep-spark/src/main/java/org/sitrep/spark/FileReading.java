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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An executor's reading of one input file, as the command line reads it: a web archive record by record as it
 * streams in (never whole: a Common Crawl file is a gigabyte), anything else whole and then expanded into its reports.
 * Ids are left as their inputs give them; the driver numbers repeated ones once it knows them all. A file or record
 * that cannot be read is a {@link Record} with a notice: the job goes on.
 */
final class FileReading {
    private final InputReader reader = new InputReader();
    private final ArchiveReader archives = new ArchiveReader();

    /** The records of {@code file}, in order; an archive's are read as they are taken. */
    Iterator<Record> records(InputFile file) {
        try {
            InputStream archive = openArchive(file);
            if (archive != null) {
                return new ArchiveRecords(file, archive, archives.open(archive, file.source(), IdAllocator.verbatim()));
            }
            InputBatch batch = reader.expand(bytes(file), file.source(), file.fileName(), IdAllocator.verbatim());
            List<Record> out = new ArrayList<>();
            batch.inputs().forEach(page -> out.add(new Record(Pos.order(file.index(), out.size()), page, null)));
            batch.notices().forEach(n -> out.add(new Record(Pos.order(file.index(), out.size()), null, n)));
            return out.iterator();
        } catch (InputException error) {
            return failed(file, error.getMessage());
        } catch (OutOfMemoryError error) {
            return failed(file, "too large to read (out of memory)");
        } catch (IOException | UncheckedIOException error) {
            return failed(file, String.valueOf(error.getMessage()));
        } catch (RuntimeException error) {
            return failed(file, "internal error while reading: " + error);
        }
    }

    /** The file's stream when it is a web archive (by its name, or a local file by its first bytes), else null. */
    private InputStream openArchive(InputFile file) throws IOException, InputException {
        if (!file.hadoop()) {
            InputRef ref = new InputRef(java.nio.file.Path.of(file.path()), file.source());
            return reader.isArchive(ref) ? reader.openArchive(ref) : null;
        }
        if (!ArchiveReader.isArchiveName(file.fileName())) {
            return null; // an archive under another name is found by its content once loaded
        }
        Path path = new Path(file.path());
        return path.getFileSystem(new Configuration()).open(path);
    }

    /** The whole file, as the command line loads a report or a file of articles. */
    private byte[] bytes(InputFile file) throws IOException, InputException {
        if (!file.hadoop()) {
            return reader.load(new InputRef(java.nio.file.Path.of(file.path()), file.source()));
        }
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(new Configuration());
        long size = fs.getFileStatus(path).getLen();
        if (size > InputReader.DEFAULT_MAX_BYTES) {
            throw new InputException(InputReader.tooLarge(size, InputReader.DEFAULT_MAX_BYTES));
        }
        try (FSDataInputStream in = fs.open(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static Iterator<Record> failed(InputFile file, String message) {
        return List.of(new Record(Pos.order(file.index(), 0), null, Notice.failed(file.source(), message))).iterator();
    }

    /** An archive's records as they are read; its stream is closed once the last is taken. */
    private static final class ArchiveRecords implements Iterator<Record> {
        private final InputFile file;
        private final InputStream stream;
        private final ArchiveReader.Cursor cursor;
        private Object next;
        private int seq;

        ArchiveRecords(InputFile file, InputStream stream, ArchiveReader.Cursor cursor) {
            this.file = file;
            this.stream = stream;
            this.cursor = cursor;
            advance();
        }

        private void advance() {
            next = cursor.next();
            if (next == null) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // everything was read; a failing close loses nothing
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Record next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            long order = Pos.order(file.index(), seq++);
            Record r = next instanceof RawInput page ? new Record(order, page, null)
                    : new Record(order, null, (Notice) next);
            advance();
            return r;
        }
    }
}
