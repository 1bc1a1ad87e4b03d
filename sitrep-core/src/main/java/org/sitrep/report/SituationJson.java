package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.entity.EntityMerger;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    public Map<String, Object> toTree(Situation situation) {
        Analysis analysis = situation.analysis();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        CodePointOffsets offsets = CodePointOffsets.of(situation);
        root.put("documents", analysis.reports().stream().map(r -> DocumentView.of(r).inCodePoints(offsets)).toList());
        root.put("events", situation.events().stream().map(FactViews::fusedEvent).toList());
        root.put("figures", collect(analysis, Layer.FIGURES, r -> r.figures().figures(), FactViews::figure));
        root.put("quotes", collect(analysis, Layer.QUOTES, r -> r.quotes().quotes(), FactViews::quote));
        root.put("entities", new EntityMerger().merge(analysis.reports()).stream().map(EntityView::of).toList());
        root.put("problems", analysis.notices().stream()
                .filter(n -> n.failure())
                .map(n -> Map.of("source", n.source(), "message", n.message()))
                .toList());
        root.put("tallies", situation.tallies().stream().map(FactViews::tally).toList());
        root.put("control", situation.control().stream().map(FactViews::control).toList());
        offsets.convert(root); // evidence offsets in code points, as sitrep/1 counts them
        return root;
    }

    /** Every report's items of one layer, in input order, as views (reports without the layer add none). */
    private static <T> List<Map<String, Object>> collect(Analysis analysis, Layer layer, Function<Report, List<T>> items,
                                                         Function<T, Map<String, Object>> view) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Report r : analysis.reports()) {
            if (r.has(layer)) {
                items.apply(r).forEach(item -> out.add(view.apply(item)));
            }
        }
        return out;
    }

    public void write(Situation situation, OutputStream out) throws IOException {
        mapper.writeValue(out, toTree(situation));
        out.write('\n');
        out.flush();
    }

    /** The situation picture of {@code analysis} as JSON text (fusing its reports first). */
    public String toString(Analysis analysis) {
        return toString(new SituationBuilder().build(analysis));
    }

    public String toString(Situation situation) {
        try {
            return mapper.writeValueAsString(toTree(situation));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** For tests and tools: one report's document view as JSON. */
    public String toJson(Report report) throws IOException {
        return mapper.writeValueAsString(DocumentView.of(report));
    }
}
