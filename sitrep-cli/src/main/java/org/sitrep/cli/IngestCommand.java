package org.sitrep.cli;

import org.sitrep.ingest.ArchiveReader;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.Analyst;
import org.sitrep.store.ChangeFeed;
import org.sitrep.store.Intake;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep ingest INPUT... --data DIR}: loads reports into the store and analyses them, fusing each into the
 * stored picture. The same bytes loaded again are a no-op.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Loads reports into the store under --data and fuses them into its picture.",
            "", "INPUT is read as by 'analyze' (files, folders, web archives, - for standard input). Reports "
                + "already stored (the same bytes) are skipped. 'sitrep serve --data DIR' then shows the picture."},
        footer = {"", "Exit status: 0 every input was stored or already there; 1 some could not be; 2 usage error.",
            "", "Example:", "  sitrep ingest examples/ --data demo"})
final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 200;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Name every file a folder walk skips.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        InputCollector.Collected collected = new InputCollector().collect(inputs);
        boolean failed = false;
        for (Notice notice : collected.notices()) {
            if (notice.failure() || verbose) {
                failed |= notice.failure();
                err.println("sitrep: " + notice);
            }
        }
        String skipped = SkipSummary.of(collected.notices());
        if (skipped != null && !quiet && !verbose) {
            err.println("sitrep: " + skipped);
        }
        InputReader reader = new InputReader();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (Store store = Store.open(data);
             Analyst analyst = new Analyst(store, StandardPipeline.create(), new ChangeFeed(), workers)) {
            Loader loader = new Loader(new Intake(store, reader), err);
            Progress progress = new Progress("read", collected.inputs().size(), !quiet && System.console() != null, err);
            int done = 0;
            for (InputRef ref : collected.inputs()) {
                try {
                    if (reader.isArchive(ref)) {
                        reader.readArchive(ref, new IdAllocator(), loader); // streamed: stored as its pages come
                    } else {
                        InputBatch read = reader.read(ref, new IdAllocator());
                        read.inputs().forEach(loader::page);
                        read.notices().forEach(loader::notice);
                    }
                } catch (InputException error) {
                    loader.notice(Notice.failed(ref.source(), error.getMessage()));
                }
                progress.update(++done);
            }
            loader.flush();
            progress.finish();
            failed |= loader.refused;
            for (Notice skip : loader.skipped) {
                if (verbose) {
                    err.println("sitrep: " + skip);
                }
            }
            String records = SkipSummary.ofRecords(loader.skipped);
            if (records != null && !quiet && !verbose) {
                err.println("sitrep: " + records);
            }
            int pending = analyst.backlog();
            Progress analysing = new Progress("analysed", pending, !quiet && System.console() != null, err);
            analyst.drain(analysing::update);
            analysing.finish();
            Map<String, Object> stats = new PictureQuery(store).stats();
            int[] counts = loader.counts;
            if (!quiet) {
                err.printf("sitrep: %d new reports stored in %s (%d already there%s); the picture holds %s events "
                                + "from %s reports%s%n", counts[0], data, counts[1],
                        counts[2] > 0 ? ", " + counts[2] + " refused" : "", stats.get("events"), stats.get("documents"),
                        ((Long) stats.get("failed")) > 0 ? " (" + stats.get("failed") + " could not be analysed)" : "");
            }
        }
        return failed ? 1 : 0;
    }

    /**
     * Stores reports as they are read, {@link #BATCH} to a transaction; what could not be read is logged beside them
     * as refused, and archive records skipped on purpose are kept aside to be summed up.
     */
    private static final class Loader implements ArchiveReader.Sink {
        private final Intake intake;
        private final PrintStream err;
        private final List<RawInput> batch = new ArrayList<>(BATCH);
        private final List<Intake.Receipt> refusals = new ArrayList<>();
        final List<Notice> skipped = new ArrayList<>();
        final int[] counts = new int[3]; // stored, already there, refused
        boolean refused;

        Loader(Intake intake, PrintStream err) {
            this.intake = intake;
            this.err = err;
        }

        @Override
        public void page(RawInput page) {
            batch.add(page);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void notice(Notice notice) {
            if (notice.failure()) {
                refusals.add(new Intake.Receipt(notice.source(), null, false, notice.message()));
            } else {
                skipped.add(notice);
            }
        }

        void flush() {
            if (!batch.isEmpty() || !refusals.isEmpty()) {
                refused |= count(intake.store(batch, refusals), counts, err);
                batch.clear();
                refusals.clear();
            }
        }
    }

    /** Counts the receipts (stored, already there, refused), printing each refusal; true when one was refused. */
    private static boolean count(List<Intake.Receipt> receipts, int[] counts, PrintStream err) {
        boolean refused = false;
        for (Intake.Receipt r : receipts) {
            if (!r.stored()) {
                counts[2]++;
                refused = true;
                err.println("sitrep: " + Notice.failed(r.source(), r.refused()));
            } else {
                counts[r.duplicate() ? 1 : 0]++;
            }
        }
        return refused;
    }
}
