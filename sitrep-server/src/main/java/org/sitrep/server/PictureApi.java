package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.fuse.Situation;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.ReportFacts;
import org.sitrep.report.AcledCsvExport;
import org.sitrep.report.AcledTables;
import org.sitrep.report.CodePointOffsets;
import org.sitrep.report.FactViews;
import org.sitrep.report.GeoJsonExport;
import org.sitrep.report.SituationJson;
import org.sitrep.report.SituationReport;
import org.sitrep.store.EventFilter;
import org.sitrep.store.PictureQuery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The reading endpoints: the picture and its exports, one incident, one document, tallies, control, counts. */
final class PictureApi {
    private static final int MAX_LIST = 100_000;

    private final PictureQuery query;
    private final BooleanSupplier settled;
    private final SituationJson json = new SituationJson();
    private final AcledTables tables = AcledTables.loadDefault();

    /** @param settled whether the analyst has dated every step since the last dating pass */
    PictureApi(PictureQuery query, BooleanSupplier settled) {
        this.query = query;
        this.settled = settled;
    }

    private static EventFilter filter(Context ctx) {
        return EventFilter.parse(ctx::queryParam);
    }

    /** {@code GET /api/situation}: the {@code sitrep/1} object of the incidents that pass the filter. */
    void situation(Context ctx) throws IOException {
        Situation s = query.situation(filter(ctx));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        json.write(s, out);
        ctx.contentType("application/json; charset=utf-8").result(out.toByteArray());
    }

    /** {@code GET /api/events}: the list entries of the incidents that pass the filter. */
    void list(Context ctx) {
        int limit = MAX_LIST;
        String asked = ctx.queryParam("limit");
        if (asked != null) {
            try {
                limit = Math.max(0, Math.min(MAX_LIST, Integer.parseInt(asked.strip())));
            } catch (NumberFormatException error) {
                throw new EventFilter.BadFilter("limit must be a whole number, got '" + asked + "'");
            }
        }
        PictureQuery.Listing listing = query.list(filter(ctx), limit);
        StringBuilder out = new StringBuilder(64 + listing.entries().size() * 600);
        out.append("{\"total\":").append(listing.total()).append(",\"events\":[");
        for (int i = 0; i < listing.entries().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(listing.entries().get(i));
        }
        out.append("]}");
        Json.sendRaw(ctx, out.toString());
    }

    /** {@code GET /api/events/{id}}: one incident with every toll, member and evidence, and its documents. */
    void event(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<FusedEvent> found = query.event(id);
        if (found.isEmpty()) {
            Json.error(ctx, 404, "no event " + id);
            return;
        }
        FusedEvent f = found.get();
        Map<String, String> texts = new HashMap<>();
        for (String doc : f.event().sources()) {
            query.document(doc).filter(facts -> facts.body() != null)
                    .ifPresent(facts -> texts.put(doc, facts.body().text()));
        }
        Map<String, Object> view = new LinkedHashMap<>(FactViews.fusedEvent(f));
        new CodePointOffsets(texts).convert(view);
        view.put("documents", query.describe(f.event().sources()));
        Json.send(ctx, view);
    }

    /** {@code GET /api/documents/{id}}: the cleaned text and where each fact read from it lies (in code points). */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<ReportFacts> found = query.document(id);
        if (found.isEmpty()) {
            List<Map<String, Object>> known = query.describe(List.of(id));
            if (!known.isEmpty()) {
                Json.send(ctx, 202, known.get(0)); // received, not analysed yet (or failed: its state says)
                return;
            }
            Json.error(ctx, 404, "no document " + id);
            return;
        }
        ReportFacts facts = found.get();
        String text = facts.body() == null ? "" : facts.body().text();
        Map<String, Object> view = new LinkedHashMap<>(query.describe(List.of(id)).get(0));
        view.put("text", text);
        List<Map<String, Object>> spans = new ArrayList<>();
        CodePointOffsets offsets = new CodePointOffsets(Map.of(id, text));
        if (facts.events() != null) {
            for (Event e : facts.events().events()) {
                e.evidence().forEach(ev -> span(spans, "event", e.id(), ev, id, offsets));
            }
        }
        if (facts.figures() != null) {
            int n = 0;
            for (Figure fig : facts.figures().figures()) {
                String figureId = id + "#f" + (++n);
                fig.evidence().forEach(ev -> span(spans, "figure", figureId, ev, id, offsets));
            }
        }
        if (facts.quotes() != null) {
            int n = 0;
            for (Quote q : facts.quotes().quotes()) {
                String quoteId = id + "#q" + (++n);
                q.evidence().forEach(ev -> span(spans, "quote", quoteId, ev, id, offsets));
            }
        }
        view.put("facts", spans);
        Json.send(ctx, view);
    }

    private static void span(List<Map<String, Object>> out, String kind, String id, Evidence ev, String doc,
                             CodePointOffsets offsets) {
        if (!doc.equals(ev.doc())) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("id", id);
        m.put("start", offsets.start(ev));
        m.put("end", offsets.end(ev));
        out.add(m);
    }

    void tallies(Context ctx) {
        Json.send(ctx, Map.of("tallies", query.tallies(filter(ctx)).stream().map(FactViews::tally).toList()));
    }

    void control(Context ctx) {
        Json.send(ctx, Map.of("control", query.control(filter(ctx)).stream().map(FactViews::control).toList()));
    }

    /** {@code GET /api/stats}: the counts, and whether the store is settled (nothing waits, every report dated). */
    void stats(Context ctx) {
        Map<String, Object> stats = new LinkedHashMap<>(query.stats());
        stats.put("settled", (Long) stats.get("pending") == 0 && settled.getAsBoolean());
        Json.send(ctx, stats);
    }

    /** {@code GET /api/events.csv}: the command line's ACLED CSV. */
    void csv(Context ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new AcledCsvExport(tables).write(query.situation(filter(ctx)), w);
        }
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"events.csv\"")
                .result(out.toByteArray());
    }

    /** {@code GET /api/events.geojson}: the command line's GeoJSON. */
    void geojson(Context ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        new GeoJsonExport().write(query.situation(filter(ctx)), out);
        ctx.contentType("application/geo+json; charset=utf-8").result(out.toByteArray());
    }

    /** {@code GET /api/report.md}: the command line's situation report. */
    void markdown(Context ctx) {
        String md = new SituationReport().render(query.situation(filter(ctx)));
        ctx.contentType("text/markdown; charset=utf-8").result(md.getBytes(StandardCharsets.UTF_8));
    }
}
