package org.sitrep.fuse.event;

import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Hedge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The status of an incident from how each report holds it ({@code sitrep/1} cross-report rules):
 * <ol>
 *   <li>{@code disputed} when one source denies what another affirms (or a report already tells both);</li>
 *   <li>{@code confirmed} when a report asserts it in its own voice, or when a party's claim is also reported
 *       by a source that is not that party;</li>
 *   <li>{@code reported} when it is attributed to sources that are not parties;</li>
 *   <li>{@code unverified} when the reports say they cannot verify it;</li>
 *   <li>{@code claimed} while only a party to the fighting says so.</li>
 * </ol>
 */
public final class StatusRule {

    private StatusRule() {
    }

    public static EventStatus of(List<Event> members) {
        Set<EventStatus> seen = EnumSet.noneOf(EventStatus.class);
        boolean denied = false;
        boolean affirmed = false;
        for (Event e : members) {
            seen.add(e.status());
            for (Evidence ev : e.evidence()) {
                if (ev.hedge() == Hedge.DENIED) {
                    denied = true;
                } else {
                    affirmed = true;
                }
            }
        }
        if (seen.contains(EventStatus.DISPUTED) || denied && affirmed) {
            return EventStatus.DISPUTED;
        }
        if (seen.contains(EventStatus.CONFIRMED)
                || seen.contains(EventStatus.CLAIMED) && seen.contains(EventStatus.REPORTED)) {
            return EventStatus.CONFIRMED;
        }
        if (seen.contains(EventStatus.REPORTED)) {
            return EventStatus.REPORTED;
        }
        if (seen.contains(EventStatus.UNVERIFIED)) {
            return EventStatus.UNVERIFIED;
        }
        return seen.contains(EventStatus.CLAIMED) ? EventStatus.CLAIMED : EventStatus.REPORTED;
    }
}
