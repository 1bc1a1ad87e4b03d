package org.sitrep.server;

import io.javalin.http.sse.SseClient;
import org.sitrep.store.ChangeFeed;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/stream}: Server-Sent Events of every committed change ({@code event: change}, data
 * {@code {"seq","documents","events","removed"}}), and a comment every 15 seconds so proxies keep the line open and
 * a dead client is noticed.
 */
final class EventStream implements AutoCloseable {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Runnable unsubscribe;

    EventStream(ChangeFeed feed) {
        unsubscribe = feed.subscribe(this::publish);
        heartbeat.scheduleAtFixedRate(() -> send(c -> c.sendComment("heartbeat")), 15, 15, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendComment("connected");
    }

    int clients() {
        return clients.size();
    }

    private void publish(ChangeFeed.Change change) {
        String data = Json.write(Json.object("seq", change.seq(), "documents", change.documents(), "events",
                change.events(), "removed", change.removed()));
        send(c -> c.sendEvent("change", data, String.valueOf(change.seq())));
    }

    private void send(java.util.function.Consumer<SseClient> message) {
        for (SseClient c : clients) {
            try {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    message.accept(c);
                }
            } catch (RuntimeException gone) {
                clients.remove(c);
            }
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        heartbeat.shutdownNow();
        clients.clear(); // stopping the server closes their connections (closing a client of a stopped server loops)
    }
}
