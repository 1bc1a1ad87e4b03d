package org.sitrep.server;

import org.sitrep.model.Evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Offsets as clients outside Java count them: in Unicode code points, so an emoji counts one ({@code sitrep/1}). The
 * model counts UTF-16 units; the API converts at its boundary.
 */
final class CodePoints {
    private CodePoints() {
    }

    static int of(String text, int utf16) {
        int at = Math.max(0, Math.min(utf16, text.length()));
        return text.codePointCount(0, at);
    }

    /** An evidence view with its offsets in code points of {@code text} (the document's text it points into). */
    static Map<String, Object> evidence(Map<String, Object> view, Evidence e, String text) {
        Map<String, Object> m = new LinkedHashMap<>(view);
        if (text != null) {
            m.put("start", of(text, e.start()));
            m.put("end", of(text, e.end()));
        }
        return m;
    }
}
