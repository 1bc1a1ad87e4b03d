package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.fuse.Situation;
import org.sitrep.ingest.Notice;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the stored picture: incidents by filter (as list entries or whole), one incident, one document's facts, and
 * a {@link Situation} every export of the command line can write. A filtered picture holds the incidents that pass
 * the filter and the documents that tell them, with those documents' figures and quotes, the tallies of the filter's
 * country and days, and the control of the places its incidents changed; the whole picture holds every analysed
 * document, and the documents that failed as problems.
 */
public final class PictureQuery {
    private static final String ORDER = " ORDER BY first_day IS NULL, first_day, id";
    private static final int CACHED_DOCUMENTS = 2_000;

    private final Store store;
    private final FactsCodec codec = new FactsCodec();
    /** Documents' facts lately read: a filtered picture reads the same reports again and again. */
    private final Map<String, Cached> cache = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    public PictureQuery(Store store) {
        this.store = store;
    }

    /** How many incidents pass the filter, and the list entries of at most {@code limit} of them ({@code sitrep/1} JSON). */
    public record Listing(int total, List<String> entries) {
    }

    public Listing list(EventFilter filter, int limit) {
        EventFilter.Sql sql = filter.sql();
        return store.read(c -> {
            int total;
            try (PreparedStatement st = bind(c, "SELECT COUNT(*) FROM fused_events WHERE " + sql.where(), sql.args());
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
            List<String> entries = new ArrayList<>(Math.min(total, limit));
            List<Object> args = new ArrayList<>(sql.args());
            args.add(limit);
            try (PreparedStatement st = bind(c, "SELECT summary FROM fused_events WHERE " + sql.where() + ORDER
                    + " LIMIT ?", args); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
            }
            return new Listing(total, entries);
        });
    }

    /** The incidents that pass the filter, whole. */
    public List<FusedEvent> events(EventFilter filter) {
        EventFilter.Sql sql = filter.sql();
        return store.read(c -> fused(c, "SELECT body FROM fused_events WHERE " + sql.where() + ORDER, sql.args()));
    }

    public Optional<FusedEvent> event(String id) {
        return store.read(c -> fused(c, "SELECT body FROM fused_events WHERE id = ?", List.of(id)))
                .stream().findFirst();
    }

    /** One analysed document's facts. */
    public Optional<ReportFacts> document(String id) {
        return store.read(c -> {
            return Optional.ofNullable(facts(c, id));
        });
    }

    /** The short description of documents (id, title, outlet, published, source), in the order asked. */
    public List<Map<String, Object>> describe(Collection<String> ids) {
        return store.read(c -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, title, outlet, published, source, state FROM documents WHERE id = ?")) {
                for (String id : ids) {
                    st.setString(1, id);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", rs.getString(1));
                            m.put("title", rs.getString(2));
                            m.put("outlet", rs.getString(3));
                            m.put("published", rs.getString(4));
                            m.put("source", rs.getString(5));
                            m.put("state", rs.getString(6));
                            out.add(m);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The picture as the command line's exports read it, for the incidents that pass the filter. */
    public Situation situation(EventFilter filter) {
        EventFilter.Sql sql = filter.sql();
        return store.read(c -> {
            List<FusedEvent> fused = fused(c, "SELECT body FROM fused_events WHERE " + sql.where() + ORDER, sql.args());
            List<Report> reports = new ArrayList<>();
            List<Notice> problems = new ArrayList<>();
            if (filter.isAll()) {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT facts, source, message, state FROM documents WHERE state <> 'received' ORDER BY id");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if ("analysed".equals(rs.getString(4))) {
                            reports.add(codec.facts(rs.getString(1)).toReport());
                        } else {
                            problems.add(Notice.failed(rs.getString(2), rs.getString(3)));
                        }
                    }
                }
            } else {
                Set<String> docs = new java.util.TreeSet<>();
                fused.forEach(f -> docs.addAll(f.event().sources()));
                for (String id : docs) {
                    ReportFacts facts = facts(c, id);
                    if (facts != null) {
                        reports.add(facts.toReport());
                    }
                }
            }
            return new Situation(new Analysis(reports, problems), fused, tallies(c, filter), control(c, filter, sql),
                    Map.of());
        });
    }

    /**
     * The stored tallies for a filter: of its country, and covering some of its days (a tally without days passes
     * only a filter without days). The other parts of a filter (box, actor, type, status) are about incidents.
     */
    public List<Tally> tallies(EventFilter filter) {
        return store.read(c -> tallies(c, filter));
    }

    /** Who held the places whose control the incidents that pass the filter changed (every place for no filter). */
    public List<PlaceControl> control(EventFilter filter) {
        return store.read(c -> control(c, filter, filter.sql()));
    }

    private List<Tally> tallies(Connection c, EventFilter filter) throws SQLException {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.country() != null) {
            where.append(" AND country = ?");
            args.add(filter.country());
        }
        if (filter.from() != null) {
            where.append(" AND last_day >= ?");
            args.add(filter.from().toEpochDay());
        }
        if (filter.to() != null) {
            where.append(" AND first_day <= ?");
            args.add(filter.to().toEpochDay());
        }
        List<Tally> out = new ArrayList<>();
        try (PreparedStatement st = bind(c, "SELECT body FROM tallies WHERE " + where
                + " ORDER BY first_day IS NULL, first_day, id", args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(codec.tally(rs.getString(1)));
            }
        }
        return out;
    }

    private List<PlaceControl> control(Connection c, EventFilter filter, EventFilter.Sql sql) throws SQLException {
        String query = filter.isAll() ? "SELECT body FROM control ORDER BY first_day, place"
                : "SELECT body FROM control WHERE place IN (SELECT place FROM fused_events WHERE " + sql.where()
                + " AND place IS NOT NULL) ORDER BY first_day, place";
        List<PlaceControl> out = new ArrayList<>();
        try (PreparedStatement st = bind(c, query, filter.isAll() ? List.of() : sql.args());
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(codec.control(rs.getString(1)));
            }
        }
        return out;
    }

    /**
     * One analysed document's facts, from the cache while the document has not been analysed again since (its
     * {@code analysed_at} is the version); null when it is not analysed.
     */
    private ReportFacts facts(Connection c, String id) throws SQLException {
        Cached cached;
        synchronized (cache) {
            cached = cache.get(id);
        }
        try (PreparedStatement st = c.prepareStatement("SELECT analysed_at, CASE WHEN analysed_at = ? THEN NULL "
                + "ELSE facts END FROM documents WHERE id = ? AND state = 'analysed'")) {
            st.setString(1, cached == null ? "" : cached.version());
            st.setString(2, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String json = rs.getString(2);
                if (json == null && cached != null) {
                    return cached.facts();
                }
                ReportFacts facts = codec.facts(json);
                synchronized (cache) {
                    cache.put(id, new Cached(rs.getString(1), facts));
                }
                return facts;
            }
        }
    }

    /** A document's facts as read, with the {@code analysed_at} they were read at. */
    private record Cached(String version, ReportFacts facts) {
    }

    /** Counts for the page's header and the bench. */
    public Map<String, Object> stats() {
        return store.read(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", count(c, "SELECT COUNT(*) FROM documents WHERE state = 'analysed'"));
            m.put("failed", count(c, "SELECT COUNT(*) FROM documents WHERE state = 'failed'"));
            m.put("pending", count(c, "SELECT COUNT(*) FROM documents WHERE state = 'received'"));
            m.put("events", count(c, "SELECT COUNT(*) FROM fused_events"));
            m.put("last_change", count(c, "SELECT COALESCE(MAX(seq), 0) FROM changes"));
            return m;
        });
    }

    /** Every report event stored, in the store's one order, for a full re-fusion. */
    public List<org.sitrep.model.Event> reportEvents() {
        return store.read(c -> {
            List<org.sitrep.model.Event> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT body FROM report_events ORDER BY doc_id, ord");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(codec.event(rs.getString(1)));
                }
            }
            return out;
        });
    }

    private List<FusedEvent> fused(Connection c, String query, List<Object> args) throws SQLException {
        List<FusedEvent> out = new ArrayList<>();
        try (PreparedStatement st = bind(c, query, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(codec.fused(rs.getString(1)));
            }
        }
        return out;
    }

    private static long count(Connection c, String query) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(query); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static PreparedStatement bind(Connection c, String query, List<Object> args) throws SQLException {
        PreparedStatement st = c.prepareStatement(query);
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
        return st;
    }

    static Set<String> ids(Collection<FusedEvent> events) {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(e -> out.add(e.event().id()));
        return out;
    }
}
