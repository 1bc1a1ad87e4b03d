package org.sitrep.server;

import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.Store;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A server in a process of its own, for the crash test: {@code ServerProcess DATA TOKEN} serves the store in DATA on a
 * free port, prints {@code PORT n} when it listens, and runs until it is killed.
 */
public final class ServerProcess {
    private ServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(Path.of(args[0]));
        SitrepServer server = new SitrepServer(store, StandardPipeline.create(), WriteToken.of(args[1]),
                new SitrepServer.Options("127.0.0.1", 0, 1 << 20, null, 2), new PrintStream(System.err, true));
        server.start();
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
