package org.sitrep.store;

import org.sitrep.ingest.InputNames;
import org.sitrep.ingest.InputReader;
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

/**
 * Takes reports into the store: gzip layers removed, binary refused, then stored durably under a new document id
 * before anything is analysed. The same content (SHA-256 of the bytes after gzip) is stored once: offering it again
 * is a no-op that answers with the id it already has.
 */
public final class Intake {
    private final Store store;
    private final InputReader reader;

    public Intake(Store store, InputReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** One report offered: its bytes as received, where it came from, and its file name (for the id and format). */
    public record Offer(byte[] bytes, String source, String fileName) {
    }

    /**
     * What became of an offer: stored under {@code id} (new, or a duplicate of what was stored before), or
     * refused with a one-line reason and nothing stored.
     */
    public record Receipt(String source, String id, boolean duplicate, String refused) {
        public boolean stored() {
            return refused == null;
        }
    }

    public Receipt receive(Offer offer) {
        return receive(List.of(offer)).get(0);
    }

    /** Receives every offer in one transaction: when this returns, every stored receipt is on disk. */
    public List<Receipt> receive(List<Offer> offers) {
        List<Object> checked = new ArrayList<>(offers.size());
        for (Offer o : offers) {
            try {
                byte[] bytes = reader.accept(o.bytes());
                checked.add(bytes);
            } catch (InputException error) {
                checked.add(error.getMessage());
            }
        }
        return store.write(c -> {
            List<Receipt> out = new ArrayList<>(offers.size());
            for (int i = 0; i < offers.size(); i++) {
                Offer o = offers.get(i);
                if (checked.get(i) instanceof String refused) {
                    log(c, o.source(), null, null, "refused", refused);
                    out.add(new Receipt(o.source(), null, false, refused));
                    continue;
                }
                byte[] bytes = (byte[]) checked.get(i);
                String sha = sha256(bytes);
                String existing = idOfContent(c, sha);
                if (existing != null) {
                    log(c, o.source(), sha, existing, "duplicate", null);
                    out.add(new Receipt(o.source(), existing, true, null));
                    continue;
                }
                String id = freeId(c, InputNames.idOf(o.fileName()));
                try (PreparedStatement st = c.prepareStatement("INSERT INTO documents "
                        + "(id, sha256, source, file_name, raw, received_at, state) VALUES (?, ?, ?, ?, ?, ?, 'received')")) {
                    st.setString(1, id);
                    st.setString(2, sha);
                    st.setString(3, o.source());
                    st.setString(4, o.fileName());
                    st.setBytes(5, bytes);
                    st.setString(6, Instant.now().toString());
                    st.executeUpdate();
                }
                log(c, o.source(), sha, id, "received", null);
                out.add(new Receipt(o.source(), id, false, null));
            }
            return out;
        });
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
