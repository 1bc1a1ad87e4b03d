package org.sitrep.server;

import org.sitrep.ingest.ArticleJson;
import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.InputReader;
import org.sitrep.store.Analyst;
import org.sitrep.store.Intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --watch INBOX}: files dropped into a folder are ingested. The folder is looked at twice a second; a file is
 * taken once it has not changed for a second (so a file still being copied is not read half-written), stored, then
 * moved to {@code INBOX/.done/}, or to {@code INBOX/.refused/} with one line on standard error saying why.
 */
final class InboxWatcher implements AutoCloseable {
    private static final Duration SETTLED = Duration.ofSeconds(1);

    private final Path inbox;
    private final Intake intake;
    private final Analyst analyst;
    private final PrintStream err;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-inbox");
        t.setDaemon(true);
        return t;
    });

    InboxWatcher(Path inbox, Intake intake, Analyst analyst, PrintStream err) throws IOException {
        this.inbox = inbox;
        this.intake = intake;
        this.analyst = analyst;
        this.err = err;
        Files.createDirectories(inbox.resolve(".done"));
        Files.createDirectories(inbox.resolve(".refused"));
    }

    void start() {
        timer.scheduleWithFixedDelay(this::scan, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** One look at the folder; public to tests through the package. */
    void scan() {
        boolean took = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !settled(file)) {
                    continue;
                }
                took |= take(file, name);
            }
        } catch (IOException error) {
            err.println("sitrep: inbox " + inbox + ": " + error.getMessage());
        }
        if (took) {
            analyst.wake();
        }
    }

    private boolean take(Path file, String name) throws IOException {
        String why = InputNames.whyNotAReport(name);
        if (why != null && ArticleJson.isArticleFile(file)) {
            why = null;
        }
        if (why == null && Files.size(file) > InputReader.DEFAULT_MAX_BYTES) {
            why = InputReader.tooLarge(Files.size(file), InputReader.DEFAULT_MAX_BYTES); // as analyze says it
        }
        List<Intake.Receipt> receipts = why != null ? List.of()
                : intake.receive(new Intake.Offer(Files.readAllBytes(file), file.toString(), name));
        receipts.stream().filter(r -> !r.stored())
                .forEach(r -> err.println("sitrep: inbox: refused " + r.source() + ": " + r.refused()));
        if (receipts.stream().anyMatch(Intake.Receipt::stored)) {
            Files.move(file, unique(inbox.resolve(".done"), name), StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        if (why != null) {
            err.println("sitrep: inbox: refused " + name + ": " + why);
        }
        Files.move(file, unique(inbox.resolve(".refused"), name), StandardCopyOption.REPLACE_EXISTING);
        return false;
    }

    private static boolean settled(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(Instant.now().minus(SETTLED));
        } catch (IOException gone) {
            return false;
        }
    }

    private static Path unique(Path folder, String name) {
        Path p = folder.resolve(name);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(n + "-" + name);
        }
        return p;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
