package org.sitrep.cli;

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
            "", "INPUT is read as by 'analyze' (files, folders, - for standard input). Reports already stored "
                + "(the same bytes) are skipped. 'sitrep serve --data DIR' then shows the picture."},
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
        int[] counts = new int[3]; // stored, already there, refused
        try (Store store = Store.open(data);
             Analyst analyst = new Analyst(store, StandardPipeline.create(), new ChangeFeed(), workers)) {
            Intake intake = new Intake(store, reader);
            Progress progress = new Progress("read", collected.inputs().size(), !quiet && System.console() != null, err);
            List<RawInput> batch = new ArrayList<>(BATCH);
            List<Intake.Receipt> refused = new ArrayList<>();
            int done = 0;
            for (InputRef ref : collected.inputs()) {
                try {
                    InputBatch read = reader.read(ref, new IdAllocator());
                    batch.addAll(read.inputs());
                    read.notices().forEach(n -> refused.add(new Intake.Receipt(n.source(), null, false, n.message())));
                } catch (InputException error) {
                    refused.add(new Intake.Receipt(ref.source(), null, false, error.getMessage()));
                }
                if (batch.size() >= BATCH || ++done == collected.inputs().size()) {
                    failed |= count(intake.store(batch, refused), counts, err);
                    batch.clear();
                    refused.clear();
                }
                progress.update(done);
            }
            failed |= count(intake.store(batch, refused), counts, err);
            progress.finish();
            int pending = analyst.backlog();
            Progress analysing = new Progress("analysed", pending, !quiet && System.console() != null, err);
            analyst.drain(analysing::update);
            analysing.finish();
            Map<String, Object> stats = new PictureQuery(store).stats();
            if (!quiet) {
                err.printf("sitrep: %d new reports stored in %s (%d already there%s); the picture holds %s events "
                                + "from %s reports%s%n", counts[0], data, counts[1],
                        counts[2] > 0 ? ", " + counts[2] + " refused" : "", stats.get("events"), stats.get("documents"),
                        ((Long) stats.get("failed")) > 0 ? " (" + stats.get("failed") + " could not be analysed)" : "");
            }
        }
        return failed ? 1 : 0;
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
