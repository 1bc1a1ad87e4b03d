package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.entity.EntityMerger;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@link Analysis} as the {@code sitrep/1} JSON object. */
public final class SituationJson {
    public static final String SCHEMA = "sitrep/1";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** The object as plain maps and records, ready for Jackson. */
    public Map<String, Object> toTree(Analysis analysis) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("documents", analysis.reports().stream().map(DocumentView::of).toList());
        root.put("events", List.of());
        root.put("figures", List.of());
        root.put("quotes", List.of());
        root.put("entities", new EntityMerger().merge(analysis.reports()).stream().map(EntityView::of).toList());
        root.put("problems", analysis.notices().stream()
                .filter(n -> n.failure())
                .map(n -> Map.of("source", n.source(), "message", n.message()))
                .toList());
        return root;
    }

    public void write(Analysis analysis, OutputStream out) throws IOException {
        mapper.writeValue(out, toTree(analysis));
        out.write('\n');
        out.flush();
    }

    public String toString(Analysis analysis) {
        try {
            return mapper.writeValueAsString(toTree(analysis));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** For tests and tools: one report's document view as JSON. */
    public String toJson(Report report) throws IOException {
        return mapper.writeValueAsString(DocumentView.of(report));
    }
}
