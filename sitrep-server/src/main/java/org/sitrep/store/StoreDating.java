package org.sitrep.store;

import org.sitrep.pipeline.FactsCodec;
import org.sitrep.source.BatchDates;
import org.sitrep.source.BatchNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The store as one batch for {@code BatchDating}: a report whose own words leave its day open takes it from the
 * stored reports of the same incident dated by their own words. What a report is lent depends only on what the store
 * holds, never on what arrived first; a pass finds the open reports whose lent days differ from those they were last
 * analysed with, and the analyst analyses them again.
 */
final class StoreDating {
    private final FactsCodec codec;

    StoreDating(FactsCodec codec) {
        this.codec = codec;
    }

    /** An open report to analyse again with these days (null: on its own words alone), given as JSON too. */
    record Lending(String id, BatchDates dates, String json) {
    }

    /** The open reports whose lent days changed since they were analysed, in id order. */
    List<Lending> due(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        List<String> lent = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, published, open, lent FROM documents WHERE state = 'analysed' ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                dates.add(rs.getString(2) == null ? null : LocalDate.parse(rs.getString(2)));
                open.add(rs.getInt(3) == 1);
                lent.add(rs.getString(4));
            }
        }
        if (!open.contains(Boolean.TRUE)) {
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        List<Set<String>> keys = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
            keys.add(new HashSet<>());
        }
        try (PreparedStatement st = c.prepareStatement("SELECT key, doc_id FROM doc_keys");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Integer i = index.get(rs.getString(2));
                if (i != null) {
                    keys.get(i).add(rs.getString(1));
                }
            }
        }
        boolean[] isOpen = new boolean[ids.size()];
        for (int i = 0; i < isOpen.length; i++) {
            isOpen[i] = open.get(i);
        }
        BatchNames names = new BatchNames(ids, keys, dates, isOpen);
        List<Lending> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!isOpen[i]) {
                continue;
            }
            BatchDates batch = ids.size() < 2 ? null : names.lentTo(i);
            String json = batch == null ? null : codec.write(batch);
            if (!Objects.equals(json, lent.get(i))) {
                out.add(new Lending(ids.get(i), batch, json));
            }
        }
        return out;
    }
}
