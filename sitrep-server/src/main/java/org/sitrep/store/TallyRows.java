package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.fuse.tally.TallyGrouper;
import org.sitrep.model.Figure;
import org.sitrep.model.Tally;
import org.sitrep.model.TallyClaim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored figures and their tallies. Figures count the same thing only within their key (kind, group, country:
 * {@link TallyGrouper#partition}), so a new report's figures regroup only their own keys, in the store's one order
 * (document id, then the report's order). A tally is named after its first figure in that order.
 */
final class TallyRows {
    private final TallyGrouper grouper = new TallyGrouper(CasualtyLexicon.loadDefault().unnamedGroups());
    private final FactsCodec codec;

    TallyRows(FactsCodec codec) {
        this.codec = codec;
    }

    /** Stores one report's figures; adds the keys they fall under to {@code parts}. */
    void add(Connection c, String doc, List<Figure> figures, LocalDate published, Set<String> parts) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO figures (id, doc_id, ord, part, published, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < figures.size(); i++) {
                String part = grouper.partition(figures.get(i));
                parts.add(part);
                st.setString(1, figureId(doc, i));
                st.setString(2, doc);
                st.setInt(3, i);
                st.setString(4, part);
                st.setString(5, published == null ? null : published.toString());
                st.setString(6, codec.write(figures.get(i)));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The id of a report's {@code ord}-th figure (from 0), as the document endpoint names it. */
    static String figureId(String doc, int ord) {
        return doc + "#f" + (ord + 1);
    }

    /** Regroups the figures of each key in {@code parts}, replacing its tallies. */
    void regroup(Connection c, Set<String> parts) throws SQLException {
        for (String part : parts) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM tallies WHERE part = ?")) {
                st.setString(1, part);
                st.executeUpdate();
            }
            List<Tally> tallies = group(c, "SELECT id, doc_id, published, body FROM figures WHERE part = ? "
                    + "ORDER BY doc_id, ord", part);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO tallies (id, part, country, first_day, "
                    + "last_day, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Tally t : tallies) {
                    LocalDate[] days = days(t);
                    st.setString(1, t.id());
                    st.setString(2, part);
                    st.setString(3, part.substring(part.lastIndexOf('|') + 1));
                    st.setObject(4, days[0] == null ? null : days[0].toEpochDay());
                    st.setObject(5, days[1] == null ? null : days[1].toEpochDay());
                    st.setString(6, codec.write(t));
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    /** Every tally grouped afresh from every stored figure, for the store check. */
    List<Tally> all(Connection c) throws SQLException {
        return group(c, "SELECT id, doc_id, published, body FROM figures ORDER BY doc_id, ord", null);
    }

    private List<Tally> group(Connection c, String query, String part) throws SQLException {
        List<Figure> figures = new ArrayList<>();
        Map<Figure, String> ids = new IdentityHashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(query)) {
            if (part != null) {
                st.setString(1, part);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Figure f = codec.figure(rs.getString(4));
                    figures.add(f);
                    ids.put(f, rs.getString(1));
                    String day = rs.getString(3);
                    published.put(rs.getString(2), day == null ? null : LocalDate.parse(day));
                }
            }
        }
        Map<Figure, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            order.put(figures.get(i), i);
        }
        List<Tally> out = new ArrayList<>();
        for (Tally t : grouper.group(figures, published)) {
            Figure first = t.claims().stream().map(TallyClaim::figure)
                    .min((a, b) -> Integer.compare(order.get(a), order.get(b))).orElseThrow();
            out.add(new Tally("t:" + ids.get(first), t.kind(), t.group(), t.area(), t.periodStart(), t.periodEnd(),
                    t.claims(), t.low(), t.high(), t.conservative(), t.latest()));
        }
        return out;
    }

    /** The days a tally covers: its period, else the days of its claims. */
    static LocalDate[] days(Tally t) {
        LocalDate first = t.periodStart();
        LocalDate last = t.periodEnd();
        for (TallyClaim claim : t.claims()) {
            if (claim.date() != null) {
                first = first == null || claim.date().isBefore(first) ? claim.date() : first;
                last = last == null || claim.date().isAfter(last) ? claim.date() : last;
            }
        }
        return new LocalDate[] {first, last != null ? last : first};
    }
}
