package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.model.Event;
import org.sitrep.model.FusedEvent;
import org.sitrep.report.FactViews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes and deletes the rows of one incident: its filter columns, its list entry, its body and its sources. */
final class FusedRows {
    private final FactsCodec codec;

    FusedRows(FactsCodec codec) {
        this.codec = codec;
    }

    /** Writes the incident; adds to {@code places} the place whose control it changed before and changes now. */
    void put(Connection c, FusedEvent f, long changeSeq, Set<String> places) throws SQLException {
        Event e = f.event();
        oldPlace(c, e.id(), places);
        String place = ControlTimeline.placeKey(e);
        if (place != null) {
            places.add(place);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO fused_events (id, country, first_day, "
                + "last_day, lat, lon, event_type, status, actors, changed, summary, body, place) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, e.id());
            st.setString(2, e.location() == null || e.location().country() == null ? "" : e.location().country());
            setDay(st, 3, e.eventDate() == null ? null : e.eventDate().toEpochDay());
            setDay(st, 4, e.eventDate() == null ? null
                    : (e.eventDateEnd() != null ? e.eventDateEnd() : e.eventDate()).toEpochDay());
            st.setObject(5, e.location() == null ? null : e.location().lat());
            st.setObject(6, e.location() == null ? null : e.location().lon());
            st.setString(7, e.eventType());
            st.setString(8, e.status().json());
            st.setString(9, actors(e));
            st.setLong(10, changeSeq);
            st.setString(11, codec.write(summary(f)));
            st.setString(12, codec.write(f));
            st.setString(13, place);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM event_sources WHERE fused_id = ?")) {
            st.setString(1, e.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO event_sources (fused_id, doc_id) VALUES (?, ?)")) {
            for (String doc : e.sources()) {
                st.setString(1, e.id());
                st.setString(2, doc);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE report_events SET fused_id = ? WHERE id = ?")) {
            for (String member : f.merged()) {
                st.setString(1, e.id());
                st.setString(2, member);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    void delete(Connection c, String id, Set<String> places) throws SQLException {
        oldPlace(c, id, places);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM fused_events WHERE id = ?")) {
            st.setString(1, id);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM event_sources WHERE fused_id = ?")) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    private static void oldPlace(Connection c, String id, Set<String> places) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT place FROM fused_events WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    places.add(rs.getString(1));
                }
            }
        }
    }

    /** Both actors, lower-cased, for the actor filter. */
    static String actors(Event e) {
        return ((e.actor1() == null ? "" : e.actor1()) + "\n" + (e.actor2() == null ? "" : e.actor2()))
                .toLowerCase(Locale.ROOT);
    }

    /** The list entry of an incident: the {@code sitrep/1} event without notes, evidence, tolls or members. */
    static Map<String, Object> summary(FusedEvent f) {
        Map<String, Object> m = new LinkedHashMap<>(FactViews.event(f.event()));
        m.remove("notes");
        m.remove("evidence");
        m.remove("fatalities_reported");
        return m;
    }

    private static void setDay(PreparedStatement st, int index, Long day) throws SQLException {
        if (day == null) {
            st.setNull(index, java.sql.Types.INTEGER);
        } else {
            st.setLong(index, day);
        }
    }
}
