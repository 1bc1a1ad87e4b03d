package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns the user's arguments (files, folders, {@code -}) into the list of inputs to read. Folders are
 * walked recursively, following links but not loops; files whose names say they are not reports are
 * skipped with a notice, and so are JSON files whose content is not scraped articles ({@link ArticleJson}). Web
 * archives ({@code .warc}, {@code .wet}, optionally {@code .gz}, or a file without extension that begins a WARC
 * record) are inputs. A file named explicitly is always read: its content decides what it is.
 */
public final class InputCollector {

    /** What was found: inputs to read, in a stable order, and notices about what was not. */
    public record Collected(List<InputRef> inputs, List<Notice> notices) {
    }

    public Collected collect(List<String> arguments) {
        List<InputRef> inputs = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        boolean stdinSeen = false;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                if (!stdinSeen) {
                    inputs.add(InputRef.stdin());
                    stdinSeen = true;
                }
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException error) {
                notices.add(Notice.failed(argument, unusableName(error)));
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class); // through links
            } catch (NoSuchFileException error) {
                notices.add(Notice.failed(argument, Files.isSymbolicLink(path) ? "broken symbolic link"
                        : "no such file or folder"));
                continue;
            } catch (IOException error) {
                notices.add(Notice.failed(argument, describe(error)));
                continue;
            }
            if (attributes.isDirectory()) {
                walk(path, inputs, notices);
            } else {
                inputs.add(new InputRef(path, argument));
            }
        }
        return new Collected(List.copyOf(inputs), List.copyOf(notices));
    }

    /**
     * Why a name given on the command line names no file: Java turns names into bytes in the locale's character set,
     * and under the C or POSIX locale (ASCII) a name with an accent cannot be turned. The launcher runs Java under a
     * UTF-8 locale for this; this is for Java started another way.
     */
    private static String unusableName(InvalidPathException error) {
        String charset = System.getProperty("sun.jnu.encoding", "");
        return "a name this system cannot use (" + error.getReason() + (charset.isEmpty() ? "" : "; file names are "
                + charset + " here, run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8") + ")";
    }

    private void walk(Path root, List<InputRef> inputs, List<Notice> notices) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = String.valueOf(dir.getFileName());
                            if (!dir.equals(root) && name.startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                found.add(file);
                            } else if (!String.valueOf(file.getFileName()).startsWith(".")) {
                                // a FIFO, socket or device: opening it may never return
                                notices.add(Notice.failed(file.toString(),
                                        "not a regular file (a pipe, socket or device), not read"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException error) {
                            notices.add(Notice.failed(file.toString(), describe(error)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException error) {
            notices.add(Notice.failed(root.toString(), describe(error)));
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path file : found) {
            String name = String.valueOf(file.getFileName());
            String why = InputNames.whyNotAReport(name);
            if (why != null && InputNames.mayHoldArticles(name) && ArticleJson.isArticleFile(file)) {
                why = null; // scraped articles; other JSON (Sitrep's output, gold files) stays skipped
            }
            if (why != null && InputNames.reportExtension(name).isEmpty() && !name.startsWith(".")
                    && ArchiveReader.looksLikeArchive(file)) {
                why = null; // a web archive whose name says nothing of it
            }
            if (why == null && generatedBySitrep(file)) {
                why = "a situation report written by Sitrep, not a news report";
            }
            if (why == null) {
                inputs.add(new InputRef(file, file.toString()));
            } else if (!name.startsWith(".")) {
                notices.add(Notice.skipped(file.toString(), why));
            }
        }
    }

    /** True when the file opens with {@link InputNames#GENERATED_MARK} (read only that far). */
    private static boolean generatedBySitrep(Path file) {
        byte[] mark = InputNames.GENERATED_MARK.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(mark.length), mark);
        } catch (IOException unreadable) {
            return false; // reading it later says what is wrong
        }
    }

    static String describe(IOException error) {
        if (error instanceof FileSystemLoopException) {
            return "symbolic link loop, not followed";
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "no such file (broken link?)";
        }
        if (error instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("levels of symbolic links")) {
            return "symbolic link loop, not followed"; // ELOOP, from a name that links to itself
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
                + (message == null ? "" : ": " + message);
    }
}
