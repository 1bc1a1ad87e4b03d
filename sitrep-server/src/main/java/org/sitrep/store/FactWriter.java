package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.Event;
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

/**
 * One analysis step's writes, inside its transaction: each report's facts, events, figures and names stored (or
 * replaced, for a report analysed again), then the incidents they touch re-fused, their tallies regrouped, the
 * control of the places those incidents change rebuilt, and the change recorded.
 */
final class FactWriter {
    private final FactsCodec codec;
    private final EventCache cache;
    private final IncrementalFusion fusion;
    private final TallyRows tallies;
    private final ControlRows control;

    FactWriter(FactsCodec codec, EventCache cache) {
        this.codec = codec;
        this.cache = cache;
        this.fusion = new IncrementalFusion(codec, cache);
        this.tallies = new TallyRows(codec);
        this.control = new ControlRows(codec);
    }

    /** What one report's analysis gave: its facts and the names it gives and whether its day is open, or a failure. */
    record Analysed(long seq, String id, String source, ReportFacts facts, Set<String> keys, boolean open, String lent,
                    String failure) {
    }

    /** The step's writes under a new change number; returns the change. */
    ChangeFeed.Change commit(Connection c, List<Analysed> outcomes, boolean replacing) throws SQLException {
        long seq;
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM changes");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        List<String> documents = new ArrayList<>();
        List<Event> added = new ArrayList<>();
        List<IncrementalFusion.Member> removed = new ArrayList<>();
        Set<String> parts = new TreeSet<>();
        String now = Instant.now().toString();
        for (Analysed a : outcomes) {
            if (replacing) {
                removed.addAll(forget(c, a.id(), parts));
            }
            update(c, a, now);
            if (!replacing) {
                Intake.log(c, a.source(), null, a.id(), a.facts() == null ? "failed" : "analysed", a.failure());
            }
            if (a.facts() == null) {
                continue;
            }
            documents.add(a.id());
            insertEvents(c, a, added);
            if (a.facts().figures() != null) {
                tallies.add(c, a.id(), a.facts().figures().figures(),
                        a.facts().publication() == null ? null : a.facts().publication().date(), parts);
            }
            if (!replacing) {
                insertKeys(c, a);
            }
        }
        IncrementalFusion.Changes changes = fusion.refuse(c, added, removed, seq);
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

    private void update(Connection c, Analysed a, String now) throws SQLException {
        ReportFacts f = a.facts();
        try (PreparedStatement st = c.prepareStatement("UPDATE documents SET state = ?, message = ?, facts = ?, "
                + "title = ?, outlet = ?, published = ?, analysed_at = ?, open = ?, lent = ? WHERE id = ?")) {
            st.setString(1, f == null ? "failed" : "analysed");
            st.setString(2, a.failure());
            st.setString(3, f == null ? null : codec.write(f));
            st.setString(4, f == null ? null : f.title());
            st.setString(5, f == null || f.outlet() == null ? null : f.outlet().name());
            st.setString(6, f == null || f.publication() == null || f.publication().date() == null ? null
                    : f.publication().date().toString());
            st.setString(7, now);
            st.setInt(8, a.open() ? 1 : 0);
            st.setString(9, a.lent());
            st.setString(10, a.id());
            st.executeUpdate();
        }
    }

    private void insertEvents(Connection c, Analysed a, List<Event> added) throws SQLException {
        List<Event> events = a.facts().events() == null ? List.of() : a.facts().events().events();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO report_events (id, doc_seq, doc_id, ord, "
                + "country, reach_from, reach_to, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                EventFuser.Reach reach = EventFuser.reach(e);
                st.setString(1, e.id());
                st.setLong(2, a.seq());
                st.setString(3, a.id());
                st.setInt(4, i);
                st.setString(5, reach == null ? "" : reach.country());
                st.setObject(6, reach == null ? null : reach.firstDay());
                st.setObject(7, reach == null ? null : reach.lastDay());
                st.setString(8, codec.write(e));
                st.addBatch();
                cache.put(e);
                added.add(e);
            }
            st.executeBatch();
        }
    }

    private static void insertKeys(Connection c, Analysed a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO doc_keys (key, doc_id) VALUES (?, ?)")) {
            for (String key : a.keys()) {
                st.setString(1, key);
                st.setString(2, a.id());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Removes a report's events and figures before it is stored again; returns its events as they were. */
    private List<IncrementalFusion.Member> forget(Connection c, String doc, Set<String> parts) throws SQLException {
        List<IncrementalFusion.Member> old = IncrementalFusion.ofDocument(c, doc);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM report_events WHERE doc_id = ?")) {
            st.setString(1, doc);
            st.executeUpdate();
        }
        old.forEach(m -> cache.remove(m.id()));
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT part FROM figures WHERE doc_id = ?")) {
            st.setString(1, doc);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    parts.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM figures WHERE doc_id = ?")) {
            st.setString(1, doc);
            st.executeUpdate();
        }
        return old;
    }
}
