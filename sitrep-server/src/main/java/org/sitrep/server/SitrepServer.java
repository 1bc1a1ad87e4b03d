package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Analyst;
import org.sitrep.store.ChangeFeed;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Intake;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The live service over a store: reports come in through {@code POST /api/reports} (or an inbox folder), the analyst
 * analyses and fuses them in the background, and the page and the API read the stored picture. Every route is
 * written down here, in one place; the handlers live in {@link ReportsApi}, {@link PictureApi} and
 * {@link EventStream}. Responses carry a Content-Security-Policy that allows no inline script and no other origin.
 */
public final class SitrepServer implements AutoCloseable {
    /** Where the page's files are, on the class path. */
    static final String PAGE = "/sitrep/web";

    /** The policy every response carries: the page's own scripts and styles only. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * @param host         interface to listen on (127.0.0.1 by default)
     * @param port         port (0 for any free one)
     * @param maxBodyBytes largest request body accepted
     * @param watch        inbox folder to ingest from, or null
     * @param threads      analysis worker threads
     */
    public record Options(String host, int port, long maxBodyBytes, Path watch, int threads) {
        public static Options defaults() {
            return new Options("127.0.0.1", 8080, 16L * 1024 * 1024, null, Runtime.getRuntime().availableProcessors());
        }

        public Options withPort(int value) {
            return new Options(host, value, maxBodyBytes, watch, threads);
        }
    }

    private final Store store;
    private final Analyst analyst;
    private final EventStream stream;
    private final InboxWatcher inbox;
    private final Javalin app;
    private final Options options;

    public SitrepServer(Store store, Pipeline pipeline, WriteToken token, Options options, PrintStream err)
            throws IOException {
        this.store = store;
        this.options = options;
        ChangeFeed feed = new ChangeFeed();
        Intake intake = new Intake(store, new InputReader(options.maxBodyBytes() * 8));
        this.analyst = new Analyst(store, pipeline, feed, options.threads());
        this.stream = new EventStream(feed);
        this.inbox = options.watch() == null ? null : new InboxWatcher(options.watch(), intake, analyst, err);
        ReportsApi reports = new ReportsApi(intake, analyst, token);
        PictureApi picture = new PictureApi(new PictureQuery(store), analyst::settled);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.staticFiles.enableWebjars();
            if (SitrepServer.class.getResource(PAGE + "/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = PAGE;
                    files.location = Location.CLASSPATH;
                });
            }
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            config.routes.post("/api/reports", reports::post);
            config.routes.get("/api/situation", picture::situation);
            config.routes.get("/api/events", picture::list);
            config.routes.get("/api/events.csv", picture::csv);
            config.routes.get("/api/events.geojson", picture::geojson);
            config.routes.get("/api/events/{id}", picture::event);
            config.routes.get("/api/documents/{id}", picture::document);
            config.routes.get("/api/tallies", picture::tallies);
            config.routes.get("/api/control", picture::control);
            config.routes.get("/api/stats", picture::stats);
            config.routes.get("/api/report.md", picture::markdown);
            config.routes.sse("/api/stream", stream::connect);
            config.routes.exception(EventFilter.BadFilter.class, (error, ctx) -> Json.error(ctx, 400, error.getMessage()));
            config.routes.exception(Exception.class, (error, ctx) -> {
                err.println("sitrep: " + ctx.method() + " " + ctx.path() + ": " + error);
                Json.error(ctx, 500, "internal error: " + error.getClass().getSimpleName());
            });
        });
    }

    /** Starts listening, the analyst (which first takes whatever was received before a stop) and the inbox. */
    public SitrepServer start() {
        analyst.start();
        app.start();
        if (inbox != null) {
            inbox.start();
        }
        return this;
    }

    public Javalin app() {
        return app;
    }

    public Analyst analyst() {
        return analyst;
    }

    public Store store() {
        return store;
    }

    public int port() {
        return app.port();
    }

    public Options options() {
        return options;
    }

    @Override
    public void close() {
        if (inbox != null) {
            inbox.close();
        }
        stream.close();
        app.stop();
        analyst.close();
    }
}
