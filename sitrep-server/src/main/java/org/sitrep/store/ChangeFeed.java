package org.sitrep.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Tells listeners (the server's event stream) what each committed analysis step changed. */
public final class ChangeFeed {

    /** One committed step: the documents analysed, the incidents written and the incidents gone. */
    public record Change(long seq, List<String> documents, List<String> events, List<String> removed) {
        public Change {
            documents = List.copyOf(documents);
            events = List.copyOf(events);
            removed = List.copyOf(removed);
        }
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public Runnable subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(Change change) {
        for (Consumer<Change> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException ignored) {
                // a listener that fails (a closed connection) must not stop the others
            }
        }
    }
}
