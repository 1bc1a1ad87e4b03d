package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Who held each place: rebuilt, place by place, from the stored incidents that change its control. */
final class ControlRows {
    private final ControlTimeline timeline = new ControlTimeline();
    private final FactsCodec codec;

    ControlRows(FactsCodec codec) {
        this.codec = codec;
    }

    void rebuild(Connection c, Set<String> places) throws SQLException {
        for (String place : places) {
            List<FusedEvent> events = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT body FROM fused_events WHERE place = ?")) {
                st.setString(1, place);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        events.add(codec.fused(rs.getString(1)));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM control WHERE place = ?")) {
                st.setString(1, place);
                st.executeUpdate();
            }
            List<PlaceControl> built = timeline.build(events);
            if (built.isEmpty()) {
                continue;
            }
            PlaceControl held = built.get(0);
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO control (place, country, first_day, body) VALUES (?, ?, ?, ?)")) {
                st.setString(1, place);
                st.setString(2, held.place().country() == null ? "" : held.place().country());
                st.setLong(3, held.changes().get(0).date().toEpochDay());
                st.setString(4, codec.write(held));
                st.executeUpdate();
            }
        }
    }
}
