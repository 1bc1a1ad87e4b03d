package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Takes reports into the store: read as the command line reads them (gzip layers removed, binary refused, an
 * article file of news-please or trafilatura split into its articles with their address, title, day and outlet),
 * then stored durably under a new document id before anything is analysed. The same content (SHA-256 of the bytes after gzip) is stored once: offering it again
 * is a no-op that answers with the id it already has.
 */
public final class Intake {
    private final Store store;
    private final InputReader reader;
    private final FactsCodec codec = new FactsCodec();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final Object commitLock = new Object();

    public Intake(Store store, InputReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** One report offered: its bytes as received, where it came from, and its file name (for the id and format). */
    public record Offer(byte[] bytes, String source, String fileName) {
    }

    /**
     * What became of a report offered: stored under {@code id} (new, or a duplicate of what was stored before), or
     * refused with a one-line reason and nothing stored.
     */
    public record Receipt(String source, String id, boolean duplicate, String refused) {
        public boolean stored() {
            return refused == null;
        }
    }

    /** Receives one offer: one receipt for a plain report, one per article (and per bad line) for an article file. */
    public List<Receipt> receive(Offer offer) {
        return receive(List.of(offer));
    }

    /** Receives every offer in one transaction: when this returns, every stored receipt is on disk. */
    public List<Receipt> receive(List<Offer> offers) {
        List<RawInput> inputs = new ArrayList<>();
        List<Receipt> refused = new ArrayList<>();
        for (Offer o : offers) {
            try {
                InputBatch batch = reader.expand(o.bytes(), o.source(), o.fileName(), new IdAllocator());
                inputs.addAll(batch.inputs());
                batch.notices().forEach(n -> refused.add(new Receipt(n.source(), null, false, n.message())));
            } catch (InputException error) {
                refused.add(new Receipt(o.source(), null, false, error.getMessage()));
            }
        }
        return store(inputs, refused);
    }

    /**
     * Stores inputs already read (their ids are the bases of the stored ids), in one transaction, with the refusals
     * met while reading them logged beside them; returns the receipts, stored ones first.
     */
    public List<Receipt> store(List<RawInput> inputs, List<Receipt> refusals) {
        return store.write(c -> storeIn(c, inputs, refusals));
    }

    /**
     * Receives one offer from one of many threads: the offers that come while a transaction commits share the next
     * one, so concurrent uploads share their syncs to disk. Returns once this offer is on disk.
     */
    public List<Receipt> receiveShared(Offer offer) {
        Waiting mine = new Waiting(new ArrayList<>(), new ArrayList<>());
        try {
            InputBatch batch = reader.expand(offer.bytes(), offer.source(), offer.fileName(), new IdAllocator());
            mine.inputs().addAll(batch.inputs());
            batch.notices().forEach(n -> mine.refusals().add(new Receipt(n.source(), null, false, n.message())));
        } catch (InputException error) {
            mine.refusals().add(new Receipt(offer.source(), null, false, error.getMessage()));
        }
        waiting.add(mine);
        synchronized (commitLock) {
            if (!mine.done().isDone()) {
                List<Waiting> group = new ArrayList<>();
                for (Waiting w; (w = waiting.poll()) != null; ) {
                    group.add(w);
                }
                try {
                    List<List<Receipt>> receipts = store.write(c -> {
                        List<List<Receipt>> out = new ArrayList<>(group.size());
                        for (Waiting w : group) {
                            out.add(storeIn(c, w.inputs(), w.refusals()));
                        }
                        return out;
                    });
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).done().complete(receipts.get(i));
                    }
                } catch (RuntimeException error) {
                    group.forEach(w -> w.done().completeExceptionally(error));
                }
            }
        }
        return mine.done().join();
    }

    /** One thread's offer, read, waiting for the transaction that stores it. */
    private record Waiting(List<RawInput> inputs, List<Receipt> refusals, CompletableFuture<List<Receipt>> done) {
        Waiting(List<RawInput> inputs, List<Receipt> refusals) {
            this(inputs, refusals, new CompletableFuture<>());
        }
    }

    private List<Receipt> storeIn(Connection c, List<RawInput> inputs, List<Receipt> refusals) throws SQLException {
        List<Receipt> out = new ArrayList<>(inputs.size() + refusals.size());
        for (RawInput raw : inputs) {
            String given = raw.given().isEmpty() ? null : codec.write(raw.given());
            String sha = sha256(raw.bytes(), given);
            String existing = idOfContent(c, sha);
            if (existing != null) {
                log(c, raw.source(), sha, existing, "duplicate", null);
                out.add(new Receipt(raw.source(), existing, true, null));
                continue;
            }
            String id = freeId(c, raw.id());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO documents (id, sha256, source, file_name, "
                    + "raw, given, received_at, state, archived) VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?)")) {
                st.setString(1, id);
                st.setString(2, sha);
                st.setString(3, raw.source());
                st.setString(4, raw.fileName());
                st.setBytes(5, raw.bytes());
                st.setString(6, given);
                st.setString(7, Instant.now().toString());
                st.setString(8, raw.archived() == null ? null : codec.write(raw.archived()));
                st.executeUpdate();
            }
            log(c, raw.source(), sha, id, "received", null);
            out.add(new Receipt(raw.source(), id, false, null));
        }
        for (Receipt r : refusals) {
            log(c, r.source(), null, null, "refused", r.refused());
            out.add(r);
        }
        return out;
    }

    private static String idOfContent(Connection c, String sha) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM documents WHERE sha256 = ?")) {
            st.setString(1, sha);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever no stored document has yet. */
    private static String freeId(Connection c, String base) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            String id = base;
            for (int n = 2; ; n++) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
                id = base + "-" + n;
            }
        }
    }

    static void log(Connection c, String source, String sha, String id, String outcome, String message)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO ingest_log (at, source, sha256, doc_id, outcome, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, Instant.now().toString());
            st.setString(2, source);
            st.setString(3, sha);
            st.setString(4, id);
            st.setString(5, outcome);
            st.setString(6, message);
            st.executeUpdate();
        }
    }

    /** The content's key: its bytes and, for an article, what it came with (the same text from two outlets is two reports). */
    static String sha256(byte[] bytes, String given) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            if (given != null) {
                digest.update((byte) 0);
                digest.update(given.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
