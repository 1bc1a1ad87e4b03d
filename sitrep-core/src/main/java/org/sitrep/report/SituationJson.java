package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.entity.EntityMerger;
import org.sitrep.fuse.Situation;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.Notice;
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

    /**
     * One item of the object (a document, event, figure or quote view) as one line of JSON, written as {@link #write}
     * writes it but without indentation: the JSON lines a large run writes instead of one object.
     */
    public String line(Object item) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException error) {
            throw new IllegalStateException("cannot write " + item.getClass().getSimpleName() + " as JSON", error);
        }
    }

    /** The object as plain maps and records, ready for Jackson. */
    public Map<String, Object> toTree(Situation situation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        members(situation).forEach((name, items) -> {
            List<Object> list = new ArrayList<>();
            items.forEach(list::add);
            root.put(name, list);
        });
        return root;
    }

    /**
     * The object's lists in order, each item made when it is iterated, its evidence offsets in code points as
     * sitrep/1 counts them: {@link #write} streams them one item at a time, so the whole tree is never held.
     */
    private Map<String, Iterable<Object>> members(Situation situation) {
        Analysis analysis = situation.analysis();
        CodePointOffsets offsets = CodePointOffsets.of(situation);
        Map<String, Iterable<Object>> members = new LinkedHashMap<>();
        members.put("documents", mapped(analysis.reports(), r -> DocumentView.of(r).inCodePoints(offsets)));
        members.put("events", mapped(situation.events(), e -> inCodePoints(FactViews.fusedEvent(e), offsets)));
        members.put("figures", collect(analysis, Layer.FIGURES, r -> r.figures().figures(),
                f -> inCodePoints(FactViews.figure(f), offsets)));
        members.put("quotes", collect(analysis, Layer.QUOTES, r -> r.quotes().quotes(),
                q -> inCodePoints(FactViews.quote(q), offsets)));
        members.put("entities", mapped(new EntityMerger().merge(analysis.reports()), EntityView::of));
        members.put("problems", mapped(analysis.notices().stream().filter(n -> n.failure()).toList(),
                SituationJson::problem));
        members.put("tallies", mapped(situation.tallies(), t -> inCodePoints(FactViews.tally(t), offsets)));
        members.put("control", mapped(situation.control(), c -> inCodePoints(FactViews.control(c), offsets)));
        return members;
    }

    /** A problem as sitrep/1 writes it, its members in their order (a {@code Map.of} has none: it varies by run). */
    private static Map<String, Object> problem(Notice n) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("source", n.source());
        problem.put("message", n.message());
        return problem;
    }

    private static Object inCodePoints(Map<String, Object> view, CodePointOffsets offsets) {
        offsets.convert(view);
        return view;
    }

    private static <T> Iterable<Object> mapped(List<T> items, Function<T, Object> view) {
        return () -> items.stream().map(view).iterator();
    }

    /** Every report's items of one layer, in input order, as views (reports without the layer add none). */
    private static <T> Iterable<Object> collect(Analysis analysis, Layer layer, Function<Report, List<T>> items,
                                                Function<T, Object> view) {
        return () -> analysis.reports().stream()
                .filter(r -> r.has(layer))
                .flatMap(r -> items.apply(r).stream())
                .map(view)
                .iterator();
    }

    /** Writes the object item by item, as {@link #toTree} would give it, without holding the tree. */
    public void write(Situation situation, OutputStream out) throws IOException {
        ObjectWriter writer = mapper.writer();
        try (JsonGenerator json = writer.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            for (Map.Entry<String, Iterable<Object>> member : members(situation).entrySet()) {
                json.writeArrayFieldStart(member.getKey());
                for (Object item : member.getValue()) {
                    writer.writeValue(json, item);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
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
