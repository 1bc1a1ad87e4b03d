package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.model.ArchiveRecord;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportFacts;
import org.sitrep.source.BatchDating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Analyses what the store has received and not analysed yet, in steps: a step takes the oldest received documents,
 * analyses them on worker threads (each on its own words), then in one transaction stores their facts, re-fuses
 * the incidents they touch, regroups the tallies their figures fall under, rebuilds the control of the places those
 * incidents change, and records the change ({@link FactWriter}). A crash between steps loses nothing: what was
 * received stays received and the next start analyses it; a step is all or nothing.
 *
 * <p>When nothing has waited for a second, a dating pass ({@link StoreDating}) gives the reports whose own words leave their day open
 * the days the stored reports of the same incident lend them, and analyses them again, as {@code analyze} does for a
 * batch: once the store is idle, its facts are those of analysing everything it holds as one batch.
 */
public final class Analyst implements AutoCloseable {
    /** Documents analysed per step when few wait: a report is fused within a second of its arrival. */
    public static final int STEP = 256;
    /** Documents analysed per step at most, when many wait: bigger steps commit and re-fuse less often. */
    private static final int LARGEST_STEP = 2_048;
    /** How long no report must have come before the background loop runs a dating pass. */
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final Store store;
    private final Pipeline pipeline;
    private final BatchDating dating;
    private final ChangeFeed feed;
    private final FactsCodec codec = new FactsCodec();
    private final FactWriter writer;
    private final StoreDating lending;
    private final ExecutorService workers;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean undated = true;
    private long lastStep = System.nanoTime() - QUIET_NANOS;
    private int lastStepSize;
    private Thread loop;
    private boolean woken;

    public Analyst(Store store, Pipeline pipeline, ChangeFeed feed, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.dating = BatchDating.of(pipeline);
        this.feed = feed;
        this.writer = new FactWriter(codec, new EventCache(codec, 200_000));
        this.lending = new StoreDating(codec);
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sitrep-analyst");
            t.setDaemon(true);
            return t;
        });
    }

    private record Pending(long seq, String id, String source, String fileName, byte[] raw, PageMetadata given,
                           ArchiveRecord archived) {
        RawInput input() {
            return new RawInput(id, source, fileName, raw, given, archived);
        }
    }

    /** Analyses up to {@code max} received documents; returns how many it took (0 when none waited). */
    public int step(int max) {
        List<Pending> pending = store.read(c -> pending(c, "state = 'received' ORDER BY seq LIMIT " + max));
        if (pending.isEmpty()) {
            return 0;
        }
        List<FactWriter.Analysed> outcomes = inParallel(pending, this::analyse);
        if (outcomes == null) {
            return 0;
        }
        try {
            feed.publish(store.write(c -> writer.commit(c, outcomes, false)));
        } catch (RuntimeException error) {
            commitOneByOne(outcomes);
        }
        undated = true;
        return pending.size();
    }

    /**
     * A step whose commit failed (a fault in storing some report's facts) is stored report by report, and a report
     * that cannot be stored is marked failed with the reason, so one bad report never holds up those behind it.
     */
    private void commitOneByOne(List<FactWriter.Analysed> outcomes) {
        for (FactWriter.Analysed a : outcomes) {
            try {
                feed.publish(store.write(c -> writer.commit(c, List.of(a), false)));
            } catch (RuntimeException error) {
                FactWriter.Analysed failed = new FactWriter.Analysed(a.seq(), a.id(), a.source(), null, Set.of(), false,
                        null, "internal error while storing its facts: " + error);
                feed.publish(store.write(c -> writer.commit(c, List.of(failed), false)));
            }
        }
    }

    /**
     * The dating pass: analyses again the open reports whose lent days changed since they were analysed, and stores
     * them in one step. Returns how many it analysed again.
     */
    public int date() {
        if (dating == null) {
            return 0;
        }
        List<StoreDating.Lending> due = store.read(lending::due);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, StoreDating.Lending> byId = new HashMap<>();
        due.forEach(l -> byId.put(l.id(), l));
        StringBuilder ids = new StringBuilder();
        for (StoreDating.Lending l : due) {
            ids.append(ids.length() == 0 ? "" : ", ").append('\'').append(l.id().replace("'", "''")).append('\'');
        }
        List<Pending> docs = store.read(c -> pending(c, "id IN (" + ids + ") ORDER BY id"));
        List<FactWriter.Analysed> outcomes = inParallel(docs, p -> lend(p, byId.get(p.id())));
        if (outcomes == null) {
            return 0;
        }
        List<FactWriter.Analysed> redone = outcomes.stream().filter(o -> o.facts() != null).toList();
        if (!redone.isEmpty()) {
            feed.publish(store.write(c -> writer.commit(c, redone, true)));
        }
        return redone.size();
    }

    /** Analyses until nothing received is left, then dates what the store lends, telling {@code progress} the count. */
    public int drain(IntConsumer progress) {
        int total = 0;
        for (int n; (n = step(LARGEST_STEP)) > 0; ) {
            total += n;
            progress.accept(total);
        }
        settle();
        return total;
    }

    /** Runs dating passes until one finds nothing to do (at most three: a pass settles what it finds). */
    public void settle() {
        for (int pass = 0; pass < 3 && date() > 0; pass++) {
            // each pass takes the store as the previous one left it
        }
        undated = false;
    }

    /** Runs steps on a background thread, woken by {@link #wake()} and at least every second. */
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        running = true;
        loop = new Thread(() -> {
            while (running) {
                int n;
                try {
                    n = step(lastStepSize >= STEP ? LARGEST_STEP : STEP);
                    lastStepSize = n;
                    long now = System.nanoTime();
                    if (n > 0) {
                        lastStep = now;
                    } else if (undated && now - lastStep > QUIET_NANOS) {
                        settle(); // a pass reads the whole store: not while reports keep coming
                    }
                } catch (RuntimeException error) {
                    System.err.println("sitrep: analysis step failed: " + error.getMessage());
                    n = 0;
                }
                if (n == 0) {
                    synchronized (signal) {
                        if (!woken && running) {
                            try {
                                signal.wait(1000);
                            } catch (InterruptedException interrupted) {
                                return;
                            }
                        }
                        woken = false;
                    }
                }
            }
        }, "sitrep-analysis");
        loop.setDaemon(true);
        loop.start();
    }

    /** Something was received: the background loop takes it now rather than at its next tick. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * True when every step since the last dating pass has been dated: with nothing received waiting, the store then
     * holds the picture of analysing everything as one batch.
     */
    public boolean settled() {
        return !undated;
    }

    /** Documents received and not analysed yet. */
    public int backlog() {
        return store.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM documents WHERE state = 'received'");
                 ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void close() {
        running = false;
        wake();
        Thread t;
        synchronized (this) {
            t = loop;
            loop = null;
        }
        if (t != null) {
            try {
                t.join(30_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Pending> pending(Connection c, String condition) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT seq, id, source, file_name, raw, given, archived FROM documents WHERE " + condition);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String given = rs.getString(6);
                String archived = rs.getString(7);
                out.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), given == null ? null : codec.given(given),
                        archived == null ? null : codec.archived(archived)));
            }
        }
        return out;
    }

    /** Runs {@code work} on every document on the worker threads; null when interrupted. */
    private List<FactWriter.Analysed> inParallel(List<Pending> docs, Function<Pending, FactWriter.Analysed> work) {
        List<Future<FactWriter.Analysed>> futures = new ArrayList<>(docs.size());
        for (Pending p : docs) {
            futures.add(workers.submit(() -> work.apply(p)));
        }
        List<FactWriter.Analysed> outcomes = new ArrayList<>(docs.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                outcomes.add(futures.get(i).get());
            } catch (ExecutionException error) {
                Pending p = docs.get(i);
                outcomes.add(failed(p, "internal error: " + error.getCause()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return outcomes;
    }

    private FactWriter.Analysed analyse(Pending p) {
        try {
            Report report = pipeline.run(new Report(p.input()));
            return analysed(p, report, null);
        } catch (InputException error) {
            return failed(p, error.getMessage());
        } catch (StackOverflowError | OutOfMemoryError error) {
            return failed(p, "too complex to analyse (" + error.getClass().getSimpleName() + ")");
        } catch (RuntimeException error) {
            return failed(p, "internal error while analysing: " + error);
        }
    }

    /** The report analysed on its own words, then again with the days lent to it when they change its day. */
    private FactWriter.Analysed lend(Pending p, StoreDating.Lending lent) {
        try {
            Report own = pipeline.run(new Report(p.input()));
            Report again = lent.dates() == null ? null : dating.lend(own, lent.dates());
            return analysed(p, again != null ? again : own, lent.json());
        } catch (InputException | RuntimeException | StackOverflowError | OutOfMemoryError error) {
            return new FactWriter.Analysed(p.seq(), p.id(), p.source(), null, Set.of(), true, null, null);
        }
    }

    private FactWriter.Analysed analysed(Pending p, Report report, String lent) {
        boolean open = dating != null && report.has(Layer.PUBLICATION) && report.has(Layer.DRAFT)
                && report.has(Layer.BODY) && dating.leavesOpen(report);
        return new FactWriter.Analysed(p.seq(), p.id(), p.source(), ReportFacts.of(report), BatchDating.keysOf(report),
                open, lent, null);
    }

    private static FactWriter.Analysed failed(Pending p, String why) {
        return new FactWriter.Analysed(p.seq(), p.id(), p.source(), null, Set.of(), false, null, why);
    }
}
