package org.sitrep.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The page's {@code <meta>} values by property and by name (keys lower-cased; first one wins). */
final class Metas {

    private final Map<String, String> byProperty = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    private Metas() {
    }

    static Metas of(Document doc) {
        Metas m = new Metas();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content");
            if (content.isBlank()) {
                continue;
            }
            String property = e.attr("property").strip().toLowerCase(Locale.ROOT);
            String name = e.attr("name").strip().toLowerCase(Locale.ROOT);
            String itemprop = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
            if (!property.isEmpty()) {
                m.byProperty.putIfAbsent(property, content);
                m.byName.putIfAbsent(property, content);
            }
            if (!name.isEmpty()) {
                m.byName.putIfAbsent(name, content);
                m.byProperty.putIfAbsent(name, content);
            }
            if (!itemprop.isEmpty()) {
                m.byName.putIfAbsent(itemprop, content);
            }
        }
        return m;
    }

    /** The value for {@code property=} (or a {@code name=} spelled like a property), or null. */
    String property(String key) {
        return byProperty.get(key);
    }

    /** The value for {@code name=} (or {@code property=}/{@code itemprop=} spelled the same), or null. */
    String name(String key) {
        return byName.get(key);
    }
}
