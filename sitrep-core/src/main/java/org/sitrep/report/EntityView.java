package org.sitrep.report;

import org.sitrep.model.Entity;
import org.sitrep.model.Place;

import java.util.LinkedHashMap;
import java.util.Map;

/** An entity and a place as {@code sitrep/1} writes them. */
public final class EntityView {

    private EntityView() {
    }

    public static Map<String, Object> of(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("type", e.type().json());
        m.put("aliases", e.aliases());
        m.put("mentions", e.mentions());
        m.put("docs", e.docs());
        if (e.place() != null) {
            m.put("place", place(e.place()));
        }
        return m;
    }

    public static Map<String, Object> place(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("country", p.country());
        m.put("admin1", p.admin1());
        m.put("lat", p.lat() == null ? null : Math.round(p.lat() * 1e5) / 1e5);
        m.put("lon", p.lon() == null ? null : Math.round(p.lon() * 1e5) / 1e5);
        m.put("geonameid", p.geonameid());
        m.put("geo_precision", p.geoPrecision());
        return m;
    }
}
