package org.sitrep.pipeline;

import org.sitrep.model.CleanBody;
import org.sitrep.model.DecodedText;
import org.sitrep.model.Events;
import org.sitrep.model.Figures;
import org.sitrep.model.InputFormat;
import org.sitrep.model.Names;
import org.sitrep.model.Outlet;
import org.sitrep.model.Publication;
import org.sitrep.model.Quotes;
import org.sitrep.model.RawInput;

import java.util.List;

/**
 * What the outputs read of an analysed report, and nothing more: its identity, cleaned text, title, day, outlet,
 * names and facts. A store keeps these instead of the whole document model (no tokens, no sentences, no raw
 * bytes), and {@link #toReport()} gives back a {@link Report} every export reads exactly as it read the original.
 * A layer the report never got stays null.
 */
public record ReportFacts(String id, String source, String fileName, String charset, InputFormat format,
                          String title, CleanBody body, Publication publication, Outlet outlet, Names names,
                          Events events, Figures figures, Quotes quotes, List<String> warnings) {

    public ReportFacts {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The facts of {@code report}; the body keeps its text, captions and posts, not the removed lines. */
    public static ReportFacts of(Report report) {
        DecodedText decoded = report.has(Layer.DECODED) ? report.decoded() : null;
        CleanBody body = report.has(Layer.BODY) ? report.body() : null;
        if (body != null && !body.removed().isEmpty()) {
            body = new CleanBody(body.text(), body.captions(), body.embeddedPosts(), body.removedChars(), List.of());
        }
        return new ReportFacts(report.id(), report.raw().source(), report.raw().fileName(),
                decoded == null ? null : decoded.charset(), decoded == null ? null : decoded.format(),
                report.has(Layer.TITLE) ? report.title() : null, body,
                report.has(Layer.PUBLICATION) ? report.publication() : null,
                report.has(Layer.OUTLET) ? report.outlet() : null,
                report.has(Layer.NAMES) ? report.names() : null,
                report.has(Layer.EVENTS) ? report.events() : null,
                report.has(Layer.FIGURES) ? report.figures() : null,
                report.has(Layer.QUOTES) ? report.quotes() : null,
                report.warnings());
    }

    /** A report holding these layers (and no raw bytes, tokens or sentences), for the exports. */
    public Report toReport() {
        Report r = new Report(new RawInput(id, source, fileName, new byte[0]));
        if (format != null) {
            r.setDecoded(new DecodedText("", charset, format));
        }
        if (body != null) {
            r.setBody(body);
        }
        if (format != null || title != null) {
            r.setTitle(title);
        }
        if (publication != null) {
            r.setPublication(publication);
        }
        if (outlet != null) {
            r.setOutlet(outlet);
        }
        if (names != null) {
            r.setNames(names);
        }
        if (events != null) {
            r.setEvents(events);
        }
        if (figures != null) {
            r.setFigures(figures);
        }
        if (quotes != null) {
            r.setQuotes(quotes);
        }
        warnings.forEach(r::warn);
        return r;
    }
}
