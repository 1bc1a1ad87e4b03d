package org.sitrep.report;

import org.sitrep.ingest.Notice;
import org.sitrep.model.Publication;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.Report;
import org.sitrep.util.Utf16;

import java.util.List;

/** The readable summary printed by default: the documents read, how each was dated and attributed. */
public final class MarkdownSummary {

    public String render(Analysis analysis) {
        StringBuilder md = new StringBuilder();
        List<Report> reports = analysis.reports();
        md.append("# Sitrep: ").append(reports.size()).append(reports.size() == 1 ? " report" : " reports")
                .append(" read\n\n");
        if (!reports.isEmpty()) {
            md.append("| document | outlet | published | how it was dated | title | kept | removed |\n");
            md.append("|---|---|---|---|---|---:|---:|\n");
            for (Report report : reports) {
                Publication p = report.publication();
                md.append("| ").append(cell(report.id()))
                        .append(" | ").append(cell(report.outlet().name() == null ? "?" : report.outlet().name()))
                        .append(" | ").append(p.date() == null ? "?" : p.date().toString())
                        .append(" | ").append(cell((p.basis() == null ? "" : p.basis().json() + ": ") + p.how()))
                        .append(" | ").append(cell(abbreviate(report.title(), 70)))
                        .append(" | ").append(report.body().text().length())
                        .append(" | ").append(report.body().removedChars())
                        .append(" |\n");
            }
            md.append('\n');
            long withWires = reports.stream().filter(r -> !r.outlet().wires().isEmpty()).count();
            if (withWires > 0) {
                md.append("Wire services credited: ");
                md.append(MarkdownEscape.text(String.join(", ", reports.stream()
                        .flatMap(r -> r.outlet().wires().stream()).distinct().sorted().toList())));
                md.append(".\n\n");
            }
        }
        List<Notice> problems = analysis.notices().stream().filter(Notice::failure).toList();
        if (!problems.isEmpty()) {
            md.append("## Inputs that could not be read\n\n");
            for (Notice notice : problems) {
                md.append("- ").append(MarkdownEscape.source(notice.source())).append(": ")
                        .append(MarkdownEscape.text(notice.message())).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : Utf16.prefix(text, max - 1) + "…";
    }

    private static String cell(String text) {
        return MarkdownEscape.cell(text);
    }
}
