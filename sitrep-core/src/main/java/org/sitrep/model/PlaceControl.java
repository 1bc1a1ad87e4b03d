package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who held a place over time, from the territorial events of the reports.
 *
 * @param place   the place
 * @param changes every change, oldest first
 */
public record PlaceControl(Place place, List<ControlChange> changes) {

    public PlaceControl {
        changes = List.copyOf(changes);
    }

    /** The last change on or before {@code day}: its {@code to} held the place then, since its date. */
    public Optional<ControlChange> asOf(LocalDate day) {
        ControlChange last = null;
        for (ControlChange c : changes) {
            if (c.date() != null && !c.date().isAfter(day)) {
                last = c;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The most recent change, if any. */
    public Optional<ControlChange> latest() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }
}
