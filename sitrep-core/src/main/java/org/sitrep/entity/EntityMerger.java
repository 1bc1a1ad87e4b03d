package org.sitrep.entity;

import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Merges the mentions of all reports into entities, one per real-world referent: mentions with the same
 * key (actor id, GeoNames id, person-name skeleton, folded organisation name) are one entity, whatever
 * the spelling and the report. The canonical name of an actor is the knowledge file's; of a person or
 * place, its most frequent written form (the longest among equals); every other written form is an alias.
 * An entity is listed for the reports that name it ({@link ReportNaming}).
 */
public final class EntityMerger {
    public List<Entity> merge(List<Report> reports) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Report r : reports) {
            if (!r.has(Layer.NAMES)) {
                continue;
            }
            for (Mention m : r.names().mentions()) {
                groups.computeIfAbsent(m.key(), k -> new Group(m)).add(m, r.id());
            }
        }
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((Group g) -> -g.mentions).thenComparing(g -> g.first.key()));
        List<Entity> out = new ArrayList<>();
        for (Group g : ordered) {
            Entity e = g.toEntity("E" + (out.size() + 1));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The mentions of one referent. */
    private static final class Group {
        final Mention first;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final TreeSet<String> docs = new TreeSet<>();
        int mentions;
        Place place;

        Group(Mention first) {
            this.first = first;
        }

        void add(Mention m, String doc) {
            mentions++;
            if (ReportNaming.names(m)) {
                docs.add(doc);
            }
            if (!m.generic()) {
                forms.merge(m.text().strip(), 1, Integer::sum);
            }
            if (place == null && m.place() != null) {
                place = m.place();
            } else if (place != null && m.place() != null && m.place().geoPrecision() < place.geoPrecision()) {
                place = m.place();
            }
        }

        Entity toEntity(String id) {
            if (docs.isEmpty()) {
                return null;
            }
            EntityType type = first.type();
            String name = canonical();
            if (name == null) {
                return null;
            }
            List<String> aliases = new ArrayList<>();
            for (String f : forms.keySet()) {
                if (!f.equals(name)) {
                    aliases.add(f);
                }
            }
            Place p = place == null ? null : new Place(place.name(), place.country(), place.admin1(), place.lat(),
                    place.lon(), place.geonameid(), place.geoPrecision());
            return new Entity(id, name, type, aliases, mentions, List.copyOf(docs), type == EntityType.LOCATION ? p : null);
        }

        private String canonical() {
            if (first.key().startsWith("actor:") || first.key().startsWith("state:")
                    || first.key().startsWith("region:")) {
                return first.name();
            }
            if (first.type() == EntityType.PERSON) {
                // The fullest written name among the most frequent of several words.
                String best = null;
                for (Map.Entry<String, Integer> e : forms.entrySet()) {
                    String f = e.getKey();
                    if (f.split("\\s+").length < 2) {
                        continue;
                    }
                    if (best == null || e.getValue() > forms.get(best)
                            || e.getValue().equals(forms.get(best)) && f.length() > best.length()) {
                        best = f;
                    }
                }
                return best != null ? best : first.name();
            }
            // The most frequent spelling, a full name before an acronym ("Kordo Defence Brigades", not "KDB").
            boolean spelledOut = forms.keySet().stream().anyMatch(f -> !f.equals(f.toUpperCase(java.util.Locale.ROOT)));
            String best = null;
            for (Map.Entry<String, Integer> e : forms.entrySet()) {
                if (spelledOut && e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (best == null || e.getValue() > forms.get(best)
                        || e.getValue().equals(forms.get(best)) && e.getKey().length() > best.length()) {
                    best = e.getKey();
                }
            }
            return best != null ? best : first.name();
        }
    }
}
