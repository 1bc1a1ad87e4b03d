package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.model.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Report events read back from the store, kept in memory up to a bound: a stored event changes only when its report
 * is analysed again (then it is removed here first), and re-fusing a run reads the same events again and again.
 */
final class EventCache {
    private final FactsCodec codec;
    private final Map<String, Event> events;

    EventCache(FactsCodec codec, int capacity) {
        this.codec = codec;
        this.events = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Event> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(Event e) {
        events.put(e.id(), e);
    }

    /** Forgets an event whose report is analysed again (its id will hold other content). */
    synchronized void remove(String id) {
        events.remove(id);
    }

    Event get(Connection c, String id) throws SQLException {
        synchronized (this) {
            Event e = events.get(id);
            if (e != null) {
                return e;
            }
        }
        try (PreparedStatement st = c.prepareStatement("SELECT body FROM report_events WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("report event " + id + " is not in the store");
                }
                Event e = codec.event(rs.getString(1));
                put(e);
                return e;
            }
        }
    }
}
