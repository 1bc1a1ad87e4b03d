package org.sitrep.cli.bench;

import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.SitrepServer;
import org.sitrep.server.WriteToken;
import org.sitrep.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code sitrep bench --server}: the live server on a fresh temporary store, measured as its users meet it: how many
 * reports per second it takes through the API and analyses, how fast it answers the picture's queries once it holds
 * them all, and how long its page takes to show them in a browser. Prints a line per measure, then a table.
 */
public final class ServerBench {
    /** The ingest goal, for a machine of two cores. */
    static final double GOAL_RATE = 100;
    /** The latency goal for the one-week, one-country picture at the 95th percentile, in ms. */
    static final double GOAL_P95_MS = 100;
    /** The page goal, wall time until every event is drawn, in ms. */
    static final long GOAL_PAGE_MS = 2000;
    private static final int WARMUP_REQUESTS = 20;
    private static final int PAGE_LOADS = 3;

    /**
     * @param reports  reports to post
     * @param clients  client threads posting at once
     * @param requests timed requests per query
     * @param browser  whether to time the page in Chromium (when installed)
     * @param threads  the server's analysis threads
     */
    /** @param keep a folder to keep the store in (to serve it afterwards), or null for a temporary one */
    public record Settings(int reports, int clients, int requests, boolean browser, int threads, Path keep, int weeks) {
    }

    private final Pipeline pipeline;
    private final Settings settings;
    private final PrintStream out;
    private final PrintStream err;

    public ServerBench(Pipeline pipeline, Settings settings, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** Runs every measure on a store (temporary unless kept); 0 when all were taken, 1 when one failed. */
    public int run(List<RawInput> raws) throws IOException, InterruptedException {
        List<ServerCorpus.Post> posts = ServerCorpus.make(raws, settings.reports(), settings.weeks());
        long bytes = posts.stream().mapToLong(p -> p.body().length).sum();
        out.printf(Locale.ROOT, "server bench: %d reports made from %d inputs (%.1f MB), posted by %d clients to a "
                        + "server with %d analysis threads on %d cores%n", posts.size(), raws.size(), bytes / 1e6,
                settings.clients(), settings.threads(), Runtime.getRuntime().availableProcessors());
        Path data = settings.keep() != null ? Files.createDirectories(settings.keep())
                : Files.createTempDirectory("sitrep-bench-");
        String token = UUID.randomUUID().toString();
        SummaryTable table = new SummaryTable(Runtime.getRuntime().availableProcessors());
        boolean ok;
        try (Store store = Store.open(data);
             SitrepServer server = new SitrepServer(store, pipeline, WriteToken.of(token),
                     new SitrepServer.Options("127.0.0.1", 0, 64L * 1024 * 1024, null, settings.threads()), err)) {
            server.start();
            ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + server.port()), token);
            ok = ingest(api, posts, table);
            ok &= latency(api, table);
            ok &= page(api, table);
        } finally {
            if (settings.keep() == null) {
                TempFolders.delete(data);
            }
        }
        table.print(out);
        return ok ? 0 : 1;
    }

    private boolean ingest(ApiClient api, List<ServerCorpus.Post> posts, SummaryTable table)
            throws IOException, InterruptedException {
        IngestRun.Result r = new IngestRun(api, settings.clients()).run(posts);
        out.printf(Locale.ROOT, "ingest: posted %d in %.1f s (%.0f reports/s accepted); analysed+fused all in %.1f s "
                        + "(%.0f reports/s sustained): %d of %d analysed, %d could not be, %d events; this process "
                        + "kept %.2f of %d cores busy%n",
                r.posted(), r.postSeconds(), r.acceptedRate(), r.doneSeconds(), r.sustainedRate(), r.analysed(),
                r.accepted(), r.failed(), r.events(), r.coresUsed(), Runtime.getRuntime().availableProcessors());
        StringBuilder tenths = new StringBuilder();
        for (double rate : r.tenths()) {
            tenths.append(tenths.length() == 0 ? "" : ", ").append(Double.isNaN(rate) ? "-"
                    : String.format(Locale.ROOT, "%.0f", rate));
        }
        out.println("ingest: analysed reports/s in each tenth of the reports: " + tenths);
        boolean ok = r.finished() && r.refused() == 0 && r.duplicates() == 0;
        if (r.refused() > 0) {
            err.printf("sitrep: bench: %d reports were refused, the first: %s%n", r.refused(), r.firstRefusal());
        }
        if (r.duplicates() > 0) {
            err.printf("sitrep: bench: %d reports were already stored (their content repeated an earlier one)%n",
                    r.duplicates());
        }
        if (!r.finished()) {
            err.printf("sitrep: bench: the store stopped analysing with %d of %d reports done%n",
                    r.analysed() + r.failed(), r.accepted());
        }
        table.ingest(r);
        return ok;
    }

    private boolean latency(ApiClient api, SummaryTable table) throws InterruptedException {
        LatencyRun run = new LatencyRun(api, WARMUP_REQUESTS, settings.requests());
        try {
            LatencyRun.Week week = run.busiestWeek();
            if (week == null) {
                out.println("GET /api/situation: skipped, no stored incident has a country and a day");
                table.situation(null, null);
            } else {
                LatencyRun.Latency situation = run.measure(week.query());
                out.printf(Locale.ROOT, "GET %s (the busiest week and country: %d events, %.0f kB): %s%n",
                        week.query(), week.events(), situation.bytes() / 1e3, percentiles(situation));
                table.situation(week, situation);
            }
            LatencyRun.Latency list = run.measure("/api/events");
            out.printf(Locale.ROOT, "GET /api/events (every event, %.0f kB): %s%n", list.bytes() / 1e3,
                    percentiles(list));
            table.list(list);
            return true;
        } catch (IOException error) {
            err.println("sitrep: bench: " + error.getMessage());
            table.latencyFailed(error.getMessage());
            return false;
        }
    }

    private boolean page(ApiClient api, SummaryTable table) {
        if (!settings.browser()) {
            out.println("page: skipped (--no-browser)");
            table.pageSkipped("skipped (--no-browser)");
            return true;
        }
        if (!WebDriverClient.available()) {
            out.println("page: skipped, no " + WebDriverClient.CHROMIUM + " or " + WebDriverClient.CHROMEDRIVER
                    + " (install them with: apt-get install chromium chromium-driver)");
            table.pageSkipped("skipped: apt-get install chromium chromium-driver");
            return true;
        }
        try {
            List<PageRun.Load> loads = new PageRun(api.base().resolve("/").toString()).run(PAGE_LOADS);
            StringBuilder line = new StringBuilder("page (headless Chromium):");
            for (int i = 0; i < loads.size(); i++) {
                PageRun.Load l = loads.get(i);
                line.append(String.format(Locale.ROOT, "%s load %d: %d events, renderMs %d ms (%d ms of it fetching "
                        + "them), ready after %d ms", i == 0 ? "" : ";", i + 1, l.events(), l.renderMs(), l.fetchMs(),
                        l.wallMs()));
            }
            out.println(line);
            table.page(loads);
            return true;
        } catch (WebDriverClient.WebDriverException | IOException error) {
            err.println("sitrep: bench: browser: " + error.getMessage());
            table.pageSkipped("failed: " + error.getMessage());
            return false;
        }
    }

    static String percentiles(LatencyRun.Latency l) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests", l.p50(), l.p95(),
                l.max(), l.requests());
    }
}
