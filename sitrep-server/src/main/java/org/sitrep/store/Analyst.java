package org.sitrep.store;

import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.Event;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Analyses what the store has received and not analysed yet, in steps: a step takes the oldest received documents,
 * analyses them on worker threads (each on its own words), then in one transaction stores their facts, re-fuses
 * the incidents they touch, regroups the tallies their figures fall under, rebuilds the control of the places those
 * incidents change, and records the change. A crash between steps loses nothing: what was received stays
 * received and the next start analyses it; a step is all or nothing.
 */
public final class Analyst implements AutoCloseable {
    /** Documents analysed per step at most: bigger steps commit and re-fuse less often under load. */
    public static final int STEP = 256;

    private final Store store;
    private final Pipeline pipeline;
    private final ChangeFeed feed;
    private final FactsCodec codec;
    private final EventCache cache;
    private final IncrementalFusion fusion;
    private final TallyRows tallies;
    private final ControlRows control;
    private final ExecutorService workers;
    private final Object signal = new Object();
    private volatile boolean running;
    private Thread loop;
    private boolean woken;

    public Analyst(Store store, Pipeline pipeline, ChangeFeed feed, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.feed = feed;
        this.codec = new FactsCodec();
        this.cache = new EventCache(codec, 200_000);
        this.fusion = new IncrementalFusion(codec, cache);
        this.tallies = new TallyRows(codec);
        this.control = new ControlRows(codec);
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sitrep-analyst");
            t.setDaemon(true);
            return t;
        });
    }

    private record Pending(long seq, String id, String source, String fileName, byte[] raw, PageMetadata given) {
    }

    private record Outcome(Pending doc, ReportFacts facts, String failure) {
    }

    /** Analyses up to {@code max} received documents; returns how many it took (0 when none waited). */
    public int step(int max) {
        List<Pending> pending = store.read(c -> pending(c, max));
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<Outcome>> futures = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            futures.add(workers.submit(() -> analyse(p)));
        }
        List<Outcome> outcomes = new ArrayList<>(pending.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                outcomes.add(futures.get(i).get());
            } catch (ExecutionException error) {
                outcomes.add(new Outcome(pending.get(i), null, "internal error: " + error.getCause()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        ChangeFeed.Change change = store.write(c -> commit(c, outcomes));
        feed.publish(change);
        return pending.size();
    }

    /** Analyses until nothing received is left, telling {@code progress} the running count. */
    public int drain(IntConsumer progress) {
        int total = 0;
        for (int n; (n = step(STEP)) > 0; ) {
            total += n;
            progress.accept(total);
        }
        return total;
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
                    n = step(STEP);
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

    private List<Pending> pending(Connection c, int max) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT seq, id, source, file_name, raw, given FROM documents "
                + "WHERE state = 'received' ORDER BY seq LIMIT ?")) {
            st.setInt(1, max);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String given = rs.getString(6);
                    out.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5), given == null ? null : codec.given(given)));
                }
            }
        }
        return out;
    }

    private Outcome analyse(Pending p) {
        try {
            Report report = pipeline.run(new Report(new RawInput(p.id(), p.source(), p.fileName(), p.raw(), p.given())));
            return new Outcome(p, ReportFacts.of(report), null);
        } catch (InputException error) {
            return new Outcome(p, null, error.getMessage());
        } catch (StackOverflowError | OutOfMemoryError error) {
            return new Outcome(p, null, "too complex to analyse (" + error.getClass().getSimpleName() + ")");
        } catch (RuntimeException error) {
            return new Outcome(p, null, "internal error while analysing: " + error);
        }
    }

    private ChangeFeed.Change commit(Connection c, List<Outcome> outcomes) throws SQLException {
        long seq;
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM changes");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        List<String> documents = new ArrayList<>();
        List<Event> added = new ArrayList<>();
        Set<String> parts = new TreeSet<>();
        String now = Instant.now().toString();
        try (PreparedStatement done = c.prepareStatement("UPDATE documents SET state = ?, message = ?, facts = ?, "
                + "title = ?, outlet = ?, published = ?, analysed_at = ? WHERE seq = ?");
             PreparedStatement event = c.prepareStatement("INSERT INTO report_events (id, doc_seq, doc_id, ord, "
                     + "country, reach_from, reach_to, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Outcome o : outcomes) {
                ReportFacts f = o.facts();
                done.setString(1, f == null ? "failed" : "analysed");
                done.setString(2, o.failure());
                done.setString(3, f == null ? null : codec.write(f));
                done.setString(4, f == null ? null : f.title());
                done.setString(5, f == null || f.outlet() == null ? null : f.outlet().name());
                done.setString(6, f == null || f.publication() == null || f.publication().date() == null ? null
                        : f.publication().date().toString());
                done.setString(7, now);
                done.setLong(8, o.doc().seq());
                done.addBatch();
                Intake.log(c, o.doc().source(), null, o.doc().id(), f == null ? "failed" : "analysed", o.failure());
                if (f == null) {
                    continue;
                }
                documents.add(o.doc().id());
                if (f.figures() != null) {
                    tallies.add(c, o.doc().id(), f.figures().figures(),
                            f.publication() == null ? null : f.publication().date(), parts);
                }
                List<Event> events = f.events() == null ? List.of() : f.events().events();
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    EventFuser.Reach reach = EventFuser.reach(e);
                    event.setString(1, e.id());
                    event.setLong(2, o.doc().seq());
                    event.setString(3, o.doc().id());
                    event.setInt(4, i);
                    event.setString(5, reach == null ? "" : reach.country());
                    event.setObject(6, reach == null ? null : reach.firstDay());
                    event.setObject(7, reach == null ? null : reach.lastDay());
                    event.setString(8, codec.write(e));
                    event.addBatch();
                    cache.put(e);
                    added.add(e);
                }
            }
            done.executeBatch();
            event.executeBatch();
        }
        IncrementalFusion.Changes changes = fusion.refuse(c, added, seq);
        tallies.regroup(c, parts);
        control.rebuild(c, changes.places());
        ChangeFeed.Change change = new ChangeFeed.Change(seq, documents, List.copyOf(changes.written()),
                List.copyOf(changes.removed()));
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO changes (seq, at, documents, events, removed) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, seq);
            st.setString(2, now);
            st.setString(3, codec.write(change.documents()));
            st.setString(4, codec.write(change.events()));
            st.setString(5, codec.write(change.removed()));
            st.executeUpdate();
        }
        return change;
    }
}
