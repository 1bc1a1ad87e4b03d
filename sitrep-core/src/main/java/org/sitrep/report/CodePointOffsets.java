package org.sitrep.report;

import org.sitrep.fuse.Situation;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.Evidence;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Offsets as {@code sitrep/1} counts them: in Unicode code points of the document's text, so that
 * {@code text[start:end]} gives the evidence in any language, an emoji counting one. The model counts UTF-16 units
 * (Java's strings); every output converts here, at its boundary, with the texts of the documents the offsets point
 * into.
 */
public final class CodePointOffsets {
    private final Map<String, String> texts;

    public CodePointOffsets(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The offsets of every document of the situation's analysis. */
    public static CodePointOffsets of(Situation situation) {
        return of(situation.analysis().reports());
    }

    public static CodePointOffsets of(List<Report> reports) {
        Map<String, String> texts = new HashMap<>();
        for (Report r : reports) {
            if (r.has(Layer.BODY)) {
                texts.put(r.id(), r.body().text());
            }
        }
        return new CodePointOffsets(texts);
    }

    /** {@code utf16} (an offset into document {@code doc}'s text) in code points; unchanged for an unknown document. */
    public int of(String doc, int utf16) {
        String text = texts.get(doc);
        if (text == null) {
            return utf16;
        }
        int at = Math.max(0, Math.min(utf16, text.length()));
        return text.codePointCount(0, at);
    }

    public int start(Evidence e) {
        return of(e.doc(), e.start());
    }

    public int end(Evidence e) {
        return of(e.doc(), e.end());
    }

    /** An embedded post of document {@code doc} with its offsets in code points. */
    public EmbeddedPost post(String doc, EmbeddedPost p) {
        return new EmbeddedPost(of(doc, p.start()), of(doc, p.end()), p.author(), p.handle(), p.date(), p.url());
    }

    /**
     * Converts, in place, every evidence view ({@link FactViews#evidence}: a map with {@code doc}, {@code start} and
     * {@code end}) found in a tree of maps and lists.
     */
    @SuppressWarnings("unchecked")
    public void convert(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            if (map.get("doc") instanceof String doc && map.get("start") instanceof Integer start
                    && map.get("end") instanceof Integer end && map.containsKey("hedge")) {
                Map<String, Object> m = (Map<String, Object>) map;
                m.put("start", of(doc, start));
                m.put("end", of(doc, end));
                return;
            }
            for (Object v : map.values()) {
                convert(v);
            }
        } else if (tree instanceof List<?> list) {
            for (Object v : list) {
                convert(v);
            }
        }
    }
}
