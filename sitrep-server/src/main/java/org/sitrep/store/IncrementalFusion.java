package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.Event;
import org.sitrep.model.FusedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Re-fuses only what new reports touch. Fusion compares an event only with incidents in its country whose days its
 * reach meets ({@link EventFuser#reach}), so the stored events fall into runs of overlapping reaches that never
 * meet each other. A new event's run is found by widening its reach until no stored event in the country reaches
 * further (the closure); that run is fused again, in the store's one order (document id, then the report's order),
 * which is exactly what fusing every stored event in that order gives for it. Only incidents whose members changed
 * are written.
 */
final class IncrementalFusion {
    private final EventFuser fuser = new EventFuser();
    private final FactsCodec codec;
    private final EventCache cache;
    private final FusedRows rows;

    IncrementalFusion(FactsCodec codec, EventCache cache) {
        this.codec = codec;
        this.cache = cache;
        this.rows = new FusedRows(codec);
    }

    /** A stored report event as fusion's bookkeeping sees it. */
    record Member(String id, String docId, int ord, String country, Long reachFrom, Long reachTo, String fusedId) {
    }

    /**
     * What one re-fusion changed: incidents written (new or with new members), incidents gone, and the places whose
     * control those incidents changed before or change now.
     */
    record Changes(Set<String> written, Set<String> removed, Set<String> places) {
        Changes() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    /** Re-fuses the runs the events {@code added} (already in {@code report_events}) belong to. */
    Changes refuse(Connection c, List<Event> added, long changeSeq) throws SQLException {
        return refuse(c, added, List.of(), changeSeq);
    }

    /**
     * Re-fuses the runs the events {@code added} (already in {@code report_events}) belong to, and those the events
     * {@code removed} (already gone from it: a report analysed again) belonged to; their incidents are rewritten or,
     * left with no member, deleted.
     */
    Changes refuse(Connection c, List<Event> added, List<Member> removed, long changeSeq) throws SQLException {
        Changes changes = new Changes();
        Set<String> stale = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<long[]>> reaches = new TreeMap<>();
        for (Member m : removed) {
            if (m.fusedId() != null) {
                stale.add(m.fusedId());
            }
            if (m.reachFrom() != null) {
                reaches.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(new long[] {m.reachFrom(), m.reachTo()});
            }
        }
        for (Event e : added) {
            EventFuser.Reach reach = EventFuser.reach(e);
            if (reach == null) {
                fuseRun(c, List.of(member(c, e.id())), changeSeq, changes, stale, seen); // undated: its own incident
            } else {
                reaches.computeIfAbsent(reach.country(), k -> new ArrayList<>())
                        .add(new long[] {reach.firstDay(), reach.lastDay()});
            }
        }
        for (Map.Entry<String, List<long[]>> country : reaches.entrySet()) {
            List<long[]> windows = merged(country.getValue());
            List<long[]> closed = new ArrayList<>();
            for (long[] w : windows) {
                closed.add(closure(c, country.getKey(), w));
            }
            for (long[] w : merged(closed)) {
                fuseRun(c, within(c, country.getKey(), w), changeSeq, changes, stale, seen);
            }
        }
        for (String id : stale) {
            if (!seen.contains(id)) {
                rows.delete(c, id, changes.places());
                changes.removed().add(id);
            }
        }
        return changes;
    }

    /** Overlapping day ranges joined, in order. */
    private static List<long[]> merged(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new long[] {r[0], r[1]});
            }
        }
        return out;
    }

    /**
     * The window widened until no stored event of the country reaching into it reaches further out: the union of the
     * runs of overlapping reaches it meets. The country's reaches are read once, in order of their first day (an
     * index-only scan), and swept into runs; widening the window query by query instead reads the country again for
     * every few days it grows.
     */
    private static long[] closure(Connection c, String country, long[] window) throws SQLException {
        long lo = window[0];
        long hi = window[1];
        long runFrom = 0;
        long runTo = Long.MIN_VALUE;
        try (PreparedStatement st = c.prepareStatement("SELECT reach_from, reach_to FROM report_events "
                + "WHERE country = ? AND reach_from IS NOT NULL ORDER BY reach_from")) {
            st.setString(1, country);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long from = rs.getLong(1);
                    long to = rs.getLong(2);
                    if (from > runTo) { // a new run starts: close the last one
                        if (runTo >= lo && runFrom <= hi) {
                            lo = Math.min(lo, runFrom);
                            hi = Math.max(hi, runTo);
                        } else if (runFrom > hi && runTo != Long.MIN_VALUE) {
                            break; // runs further on start after the window: none can meet it
                        }
                        runFrom = from;
                        runTo = to;
                    } else {
                        runTo = Math.max(runTo, to);
                    }
                }
            }
        }
        if (runTo != Long.MIN_VALUE && runTo >= lo && runFrom <= hi) {
            lo = Math.min(lo, runFrom);
            hi = Math.max(hi, runTo);
        }
        return new long[] {lo, hi};
    }

    private static List<Member> within(Connection c, String country, long[] w) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, doc_id, ord, country, reach_from, reach_to, fused_id "
                + "FROM report_events WHERE country = ? AND reach_to >= ? AND reach_from <= ?")) {
            st.setString(1, country);
            st.setLong(2, w[0]);
            st.setLong(3, w[1]);
            return members(st);
        }
    }

    private static Member member(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, doc_id, ord, country, reach_from, reach_to, fused_id "
                + "FROM report_events WHERE id = ?")) {
            st.setString(1, id);
            return members(st).get(0);
        }
    }

    /** One report's stored events, before they are replaced. */
    static List<Member> ofDocument(Connection c, String doc) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, doc_id, ord, country, reach_from, reach_to, fused_id "
                + "FROM report_events WHERE doc_id = ?")) {
            st.setString(1, doc);
            return members(st);
        }
    }

    private static List<Member> members(PreparedStatement st) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long from = rs.getLong(5);
                Long reachFrom = rs.wasNull() ? null : from;
                long to = rs.getLong(6);
                Long reachTo = rs.wasNull() ? null : to;
                out.add(new Member(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), reachFrom, reachTo,
                        rs.getString(7)));
            }
        }
        return out;
    }

    /** The store's one order of events: by document id, then in the report's own order. */
    static final Comparator<Member> ORDER = Comparator.comparing(Member::docId).thenComparingInt(Member::ord);

    private void fuseRun(Connection c, List<Member> run, long changeSeq, Changes changes, Set<String> stale,
                         Set<String> seen) throws SQLException {
        List<Member> ordered = new ArrayList<>(run);
        ordered.sort(ORDER);
        List<Event> events = new ArrayList<>(ordered.size());
        for (Member m : ordered) {
            events.add(cache.get(c, m.id()));
        }
        Map<String, List<String>> before = new LinkedHashMap<>();
        for (Member m : ordered) {
            if (m.fusedId() != null) {
                before.computeIfAbsent(m.fusedId(), k -> new ArrayList<>()).add(m.id());
            }
        }
        Map<String, FusedEvent> after = new HashMap<>();
        for (FusedEvent f : fuser.fuse(events)) {
            after.put(f.event().id(), f);
        }
        seen.addAll(after.keySet());
        for (FusedEvent f : after.values()) {
            List<String> old = before.get(f.event().id());
            if (old != null && old.equals(f.merged()) && !stale.contains(f.event().id())) {
                continue; // same members in the same order: the same incident
            }
            rows.put(c, f, changeSeq, changes.places());
            changes.written().add(f.event().id());
        }
        for (String old : before.keySet()) {
            if (!after.containsKey(old)) {
                rows.delete(c, old, changes.places());
                changes.removed().add(old);
            }
        }
    }
}
