package org.sitrep.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The server bench's closing table: one row per measure, its result, and its goal with whether it was met. */
final class SummaryTable {
    private record Row(String measure, String result, String goal) {
    }

    private final int cores;
    private final List<Row> rows = new ArrayList<>();

    SummaryTable(int cores) {
        this.cores = cores;
    }

    void ingest(IngestRun.Result r) {
        rows.add(new Row("POST /api/reports, accepted (202)",
                String.format(Locale.ROOT, "%.0f reports/s (%d in %.1f s)", r.acceptedRate(), r.accepted(),
                        r.postSeconds()), ""));
        String goal = String.format(Locale.ROOT, "≥ %.0f reports/s on 2 cores%s: %s", ServerBench.GOAL_RATE,
                cores == 2 ? "" : " (" + cores + " here)",
                !r.finished() ? "not finished" : met(r.sustainedRate() >= ServerBench.GOAL_RATE));
        rows.add(new Row("ingest, analysed + fused (sustained)",
                String.format(Locale.ROOT, "%.0f reports/s (%d in %.1f s)", r.sustainedRate(),
                        r.analysed() + r.failed(), r.doneSeconds()), goal));
    }

    void situation(LatencyRun.Week week, LatencyRun.Latency l) {
        if (week == null) {
            rows.add(new Row("GET /api/situation, 1 week, 1 country", "skipped (no dated incident)", ""));
            return;
        }
        rows.add(new Row(String.format(Locale.ROOT, "GET /api/situation, 1 week, %s (%d ev.)", week.country(),
                week.events()), ms(l), String.format(Locale.ROOT, "p95 < %.0f ms: %s", ServerBench.GOAL_P95_MS,
                met(l.p95() < ServerBench.GOAL_P95_MS))));
    }

    void list(LatencyRun.Latency l) {
        rows.add(new Row("GET /api/events, every event", ms(l), ""));
    }

    void latencyFailed(String message) {
        rows.add(new Row("GET /api/situation and /api/events", "failed: " + message, ""));
    }

    void page(List<PageRun.Load> loads) {
        long worstWall = loads.stream().mapToLong(PageRun.Load::wallMs).max().orElse(0);
        StringBuilder render = new StringBuilder();
        StringBuilder wall = new StringBuilder();
        for (PageRun.Load l : loads) {
            render.append(render.length() == 0 ? "" : "/").append(l.renderMs());
            wall.append(wall.length() == 0 ? "" : "/").append(l.wallMs());
        }
        int events = loads.isEmpty() ? 0 : loads.get(loads.size() - 1).events();
        rows.add(new Row(String.format(Locale.ROOT, "page shows all %d events, renderMs", events), render + " ms", ""));
        rows.add(new Row("page, navigation until ready (wall)", wall + " ms",
                String.format(Locale.ROOT, "< %.0f s, every load: %s", ServerBench.GOAL_PAGE_MS / 1e3,
                        met(worstWall < ServerBench.GOAL_PAGE_MS))));
    }

    void pageSkipped(String why) {
        rows.add(new Row("page shows all events (Chromium)", why, ""));
    }

    void print(PrintStream out) {
        int w1 = "measure".length();
        int w2 = "result".length();
        for (Row r : rows) {
            w1 = Math.max(w1, r.measure().length());
            w2 = Math.max(w2, r.result().length());
        }
        String format = "%-" + w1 + "s | %-" + w2 + "s | %s";
        out.println();
        out.println(String.format(Locale.ROOT, format, "measure", "result", "goal").stripTrailing());
        out.println(String.format(Locale.ROOT, format, "-".repeat(w1), "-".repeat(w2), "----"));
        for (Row r : rows) {
            out.println(String.format(Locale.ROOT, format, r.measure(), r.result(), r.goal()).stripTrailing());
        }
    }

    private static String ms(LatencyRun.Latency l) {
        return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / max %.1f ms", l.p50(), l.p95(), l.max());
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }
}
