package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.fuse.Situation;
import org.sitrep.model.Event;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceControl;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The situation picture as an RFC 7946 GeoJSON FeatureCollection: one Point feature per event (coordinates in
 * longitude, latitude order, WGS84) with its coded fields and evidence as properties, and one per place whose
 * control changed, with its timeline. An event the gazetteer could not place has a null geometry, as RFC 7946
 * allows for an unlocated feature, so nothing is silently dropped.
 */
public final class GeoJsonExport {
    /**
     * The most items a list property of a feature keeps (sources, evidence, tolls, merged events, changes): an incident
     * told by thousands of reports would otherwise give a feature of megabytes that map tools cannot show. The rest is
     * counted in {@code <name>_omitted}; the full lists are in the {@code sitrep/1} JSON.
     */
    public static final int MAX_LIST_ITEMS = 200;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    public Map<String, Object> toTree(Situation situation) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (FusedEvent f : situation.events()) {
            Event e = f.event();
            Map<String, Object> properties = FactViews.fusedEvent(f);
            properties.remove("location");
            properties.put("feature_type", "event");
            properties.put("place", EntityView.place(e.location()));
            features.add(feature(e.id(), e.location(), capped(properties)));
        }
        for (PlaceControl c : situation.control()) {
            Map<String, Object> properties = FactViews.control(c);
            properties.put("feature_type", "control");
            features.add(feature("control:" + c.changes().get(0).eventId(), c.place(), capped(properties)));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "FeatureCollection");
        root.put("features", features);
        CodePointOffsets.of(situation).convert(root); // evidence offsets in code points, as sitrep/1 counts them
        return root;
    }

    /** The properties with each list past {@link #MAX_LIST_ITEMS} cut to its first items, and how many were left. */
    private static Map<String, Object> capped(Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (value instanceof List<?> list && list.size() > MAX_LIST_ITEMS) {
                out.put(name, new ArrayList<>(list.subList(0, MAX_LIST_ITEMS)));
                out.put(name + "_omitted", list.size() - MAX_LIST_ITEMS);
            } else {
                out.put(name, value);
            }
        });
        return out;
    }

    private static Map<String, Object> feature(String id, Place place, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", point(place));
        f.put("properties", properties);
        return f;
    }

    private static Map<String, Object> point(Place p) {
        if (p == null || p.lat() == null || p.lon() == null) {
            return null;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "Point");
        g.put("coordinates", List.of(AcledCsvExport.round(p.lon()), AcledCsvExport.round(p.lat()))); // RFC 7946 §3.1.1: longitude first
        return g;
    }

    public void write(Situation situation, OutputStream out) throws IOException {
        mapper.writeValue(out, toTree(situation));
        out.write('\n');
        out.flush();
    }
}
