package org.sitrep.model;

import java.util.List;

/** The events one report tells, in order of position. */
public record Events(List<Event> events) {

    public Events {
        events = List.copyOf(events);
    }
}
