package org.sitrep.ingest;

import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which media types of a web archive's records may hold a report, and the format extension each is read as
 * ({@code html} or {@code txt}); the types are data ({@code page-media-types.tsv}).
 */
final class PageMediaTypes {
    static final String RESOURCE = "/sitrep/data/page-media-types.tsv";
    private static final Map<String, String> EXTENSIONS = load();

    private PageMediaTypes() {
    }

    /**
     * The format extension of a media type such as {@code text/html; charset=utf-8} (parameters and case do not
     * matter), or null when it holds no report.
     */
    static String extensionOf(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        int semicolon = mediaType.indexOf(';');
        String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return EXTENSIONS.get(base);
    }

    private static Map<String, String> load() {
        Map<String, String> extensions = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 2)) {
            extensions.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(extensions);
    }
}
