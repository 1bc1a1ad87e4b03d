package org.sitrep.model;

import java.util.List;

/**
 * An event of the situation picture: one incident however many reports tell it.
 *
 * @param event  the fused {@code sitrep/1} Event (all sources, all evidence, the conservative toll)
 * @param tolls  every report's toll side by side, in document order
 * @param merged ids of the per-report events fused into it, in document order
 */
public record FusedEvent(Event event, List<TollClaim> tolls, List<String> merged) {

    public FusedEvent {
        tolls = List.copyOf(tolls);
        merged = List.copyOf(merged);
    }
}
