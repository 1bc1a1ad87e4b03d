package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.event.EventFuser;
import org.sitrep.model.FusedEvent;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a store: SQLite's own integrity check, that the incidents it holds are exactly what fusing every stored
 * report event at once (in the store's one order) gives, that its tallies are those of grouping every stored figure
 * afresh, and its control that of its incidents.
 */
public final class StoreCheck {
    private final Store store;
    private final FactsCodec codec = new FactsCodec();

    public StoreCheck(Store store) {
        this.store = store;
    }

    /** What was found; empty lists mean the store is sound. */
    public record Result(List<String> integrity, List<String> differences) {
        public boolean ok() {
            return integrity.isEmpty() && differences.isEmpty();
        }
    }

    public Result run() {
        List<String> integrity = store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        PictureQuery query = new PictureQuery(store);
        List<String> expected = canonical(new EventFuser().fuse(query.reportEvents()));
        List<String> stored = canonical(query.events(EventFilter.ALL));
        List<String> differences = new ArrayList<>();
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(stored);
        List<String> extra = new ArrayList<>(stored);
        extra.removeAll(expected);
        missing.forEach(m -> differences.add("missing from the store: " + m));
        extra.forEach(m -> differences.add("in the store, not in a full re-fusion: " + m));
        List<String> tallies = store.read(c -> new TallyRows(codec).all(c)).stream().map(codec::write).sorted().toList();
        List<String> storedTallies = query.tallies(EventFilter.ALL).stream().map(codec::write).sorted().toList();
        if (!tallies.equals(storedTallies)) {
            differences.add("the stored tallies are not those of grouping every stored figure afresh ("
                    + storedTallies.size() + " stored, " + tallies.size() + " afresh)");
        }
        List<String> control = new ControlTimeline().build(query.events(EventFilter.ALL)).stream().map(codec::write)
                .sorted().toList();
        List<String> storedControl = query.control(EventFilter.ALL).stream().map(codec::write).sorted().toList();
        if (!control.equals(storedControl)) {
            differences.add("the stored control is not that of the stored incidents (" + storedControl.size()
                    + " places stored, " + control.size() + " afresh)");
        }
        return new Result(integrity, differences);
    }

    /** Incidents as JSON text, sorted, so two pictures compare whatever order they were written in. */
    public List<String> canonical(List<FusedEvent> events) {
        List<String> out = new ArrayList<>(events.size());
        events.stream().sorted(Comparator.comparing(f -> f.event().id())).forEach(f -> out.add(codec.write(f)));
        return out;
    }
}
