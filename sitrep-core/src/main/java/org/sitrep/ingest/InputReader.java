package org.sitrep.ingest;

import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one input into memory: bounded in size, gzip layers removed, binary formats refused with their
 * name. Every failure is an {@link InputException} whose message fits on one line.
 */
public final class InputReader {
    /** Largest input accepted, compressed or not. */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;
    private static final int MAX_GZIP_LAYERS = 3;

    private final long maxBytes;

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public InputReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads the input; {@code id} is the document id already made unique by the caller. */
    public RawInput read(InputRef ref, String id) throws InputException {
        byte[] bytes;
        try {
            if (ref.isStdin()) {
                bytes = readBounded(System.in);
            } else {
                if (!Files.exists(ref.path())) {
                    throw new InputException(Files.isSymbolicLink(ref.path()) ? "broken symbolic link" : "no such file");
                }
                if (Files.isDirectory(ref.path())) {
                    throw new InputException("is a folder");
                }
                if (!Files.isReadable(ref.path())) {
                    throw new InputException("permission denied");
                }
                long size = Files.size(ref.path());
                if (size > maxBytes) {
                    throw new InputException("too large (" + size / (1024 * 1024) + " MB; the limit is "
                            + maxBytes / (1024 * 1024) + " MB)");
                }
                try (InputStream in = Files.newInputStream(ref.path())) {
                    bytes = readBounded(in);
                }
            }
        } catch (IOException error) {
            throw new InputException(InputCollector.describe(error), error);
        }
        bytes = gunzip(bytes);
        refuseBinary(bytes);
        return new RawInput(id, ref.source(), ref.fileName(), bytes);
    }

    /**
     * Bytes handed over by a caller rather than read from a file (an upload): gzip layers removed, bounded in size,
     * binary formats refused with their name.
     */
    public byte[] accept(byte[] bytes) throws InputException {
        if (bytes.length > maxBytes) {
            throw new InputException("too large (" + bytes.length / (1024 * 1024) + " MB; the limit is "
                    + maxBytes / (1024 * 1024) + " MB)");
        }
        bytes = gunzip(bytes);
        refuseBinary(bytes);
        return bytes;
    }

    /** Removes gzip layers, however the file is named. */
    public byte[] gunzip(byte[] bytes) throws InputException {
        for (int layer = 0; layer < MAX_GZIP_LAYERS && isGzip(bytes); layer++) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), 64 * 1024)) {
                bytes = readBounded(in);
            } catch (EOFException error) {
                throw new InputException("truncated gzip stream (the file ends before the compressed data does)",
                        error);
            } catch (ZipException error) {
                throw new InputException("corrupt gzip data (" + error.getMessage() + ")", error);
            } catch (IOException error) {
                throw new InputException(error.getMessage() == null ? "cannot decompress gzip data"
                        : error.getMessage(), error);
            }
        }
        return bytes;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new IOException("too large (more than " + maxBytes / (1024 * 1024) + " MB once decompressed)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Refuses empty input and known binary formats, naming what the bytes are. */
    static void refuseBinary(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        String kind = BinarySignatures.identify(bytes);
        if (kind != null) {
            throw new InputException("binary file (" + kind + "), not a text or HTML report");
        }
    }
}
