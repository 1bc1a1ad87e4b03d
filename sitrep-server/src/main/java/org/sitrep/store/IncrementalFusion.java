package org.sitrep.store;

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
    record Member(String id, String docId, int ord, Long reachFrom, Long reachTo, String fusedId) {
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
        Changes changes = new Changes();
        Map<String, List<long[]>> reaches = new TreeMap<>();
        for (Event e : added) {
            EventFuser.Reach reach = EventFuser.reach(e);
            if (reach == null) {
                fuseRun(c, List.of(member(c, e.id())), changeSeq, changes); // undated: an incident of its own
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
                fuseRun(c, within(c, country.getKey(), w), changeSeq, changes);
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

    /** The window widened until no stored event of the country reaching into it reaches further out. */
    private static long[] closure(Connection c, String country, long[] window) throws SQLException {
        long lo = window[0];
        long hi = window[1];
        while (true) {
            long newLo = lo;
            long newHi = hi;
            try (PreparedStatement st = c.prepareStatement("SELECT MIN(reach_from), MAX(reach_to) FROM report_events "
                    + "WHERE country = ? AND reach_to >= ? AND reach_from <= ?")) {
                st.setString(1, country);
                st.setLong(2, lo);
                st.setLong(3, hi);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        newLo = Math.min(lo, rs.getLong(1));
                        newHi = Math.max(hi, rs.getLong(2));
                    }
                }
            }
            if (newLo == lo && newHi == hi) {
                return new long[] {lo, hi};
            }
            lo = newLo;
            hi = newHi;
        }
    }

    private static List<Member> within(Connection c, String country, long[] w) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, doc_id, ord, reach_from, reach_to, fused_id "
                + "FROM report_events WHERE country = ? AND reach_to >= ? AND reach_from <= ?")) {
            st.setString(1, country);
            st.setLong(2, w[0]);
            st.setLong(3, w[1]);
            return members(st);
        }
    }

    private static Member member(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, doc_id, ord, reach_from, reach_to, fused_id "
                + "FROM report_events WHERE id = ?")) {
            st.setString(1, id);
            return members(st).get(0);
        }
    }

    private static List<Member> members(PreparedStatement st) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long from = rs.getLong(4);
                Long reachFrom = rs.wasNull() ? null : from;
                long to = rs.getLong(5);
                Long reachTo = rs.wasNull() ? null : to;
                out.add(new Member(rs.getString(1), rs.getString(2), rs.getInt(3), reachFrom, reachTo, rs.getString(6)));
            }
        }
        return out;
    }

    /** The store's one order of events: by document id, then in the report's own order. */
    static final Comparator<Member> ORDER = Comparator.comparing(Member::docId).thenComparingInt(Member::ord);

    private void fuseRun(Connection c, List<Member> run, long changeSeq, Changes changes) throws SQLException {
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
        for (FusedEvent f : after.values()) {
            List<String> old = before.get(f.event().id());
            if (old != null && old.equals(f.merged())) {
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
