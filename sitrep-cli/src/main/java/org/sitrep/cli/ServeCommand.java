package org.sitrep.cli;

import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.server.SitrepServer;
import org.sitrep.server.WriteToken;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep serve --data DIR}: the live service and its page over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the stored picture and its page, and takes new reports as they come.",
            "", "Open http://127.0.0.1:8080/ (or the --port given) in a browser. Reports are posted to "
                + "/api/reports with the write token, or dropped into the --watch folder."},
        footer = {"", "Example:", "  sitrep ingest examples/ --data demo && sitrep serve --data demo",
            "  curl -H \"Authorization: Bearer $(cat demo/token)\" --data-binary @report.txt "
                + "'http://127.0.0.1:8080/api/reports?name=report.txt'"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}). Reads are open to whoever can reach it.")
    String host;

    @Option(names = "--watch", paramLabel = "INBOX", description = "Ingest files dropped into this folder.")
    Path watch;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The write token (default: the one kept in the "
            + "data folder, generated and printed on first start).")
    String token;

    @Option(names = "--max-body", paramLabel = "MB", defaultValue = "16",
            description = "Largest report accepted through the API, in MB (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Store store = Store.open(data);
        WriteToken secret = token != null ? WriteToken.of(token) : WriteToken.inFolder(data);
        SitrepServer.Options options = new SitrepServer.Options(host, port, maxBodyMb * 1024L * 1024L, watch,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        SitrepServer server = new SitrepServer(store, StandardPipeline.create(), secret, options, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "sitrep-shutdown"));
        server.start();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.printf("sitrep: serving %s on http://%s:%d/ (Ctrl-C to stop)%n", data, shown, server.port());
        if (secret.generated()) {
            System.err.println("sitrep: write token (kept in " + data.resolve(WriteToken.FILE) + "): " + secret.value());
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            System.err.println("sitrep: listening beyond this machine: anyone who can reach it can read the picture");
        }
        if (watch != null) {
            System.err.println("sitrep: watching " + watch + " for reports");
        }
        stopped.await();
        return 0;
    }
}
