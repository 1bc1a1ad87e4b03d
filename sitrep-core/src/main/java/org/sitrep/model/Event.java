package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A concrete, datable incident coded with the ACLED taxonomy ({@code sitrep/1} Event).
 *
 * @param id                 stable within one output
 * @param eventDate          the day it happened (first day when it spans days), or null
 * @param eventDateEnd       the last day when it spans days, or null
 * @param timePrecision      ACLED: 1 the day, 2 the week, 3 the month
 * @param eventType          ACLED event type ("Battles")
 * @param subEventType       ACLED sub-event type ("Armed clash")
 * @param actor1             who acted (canonical name), or null
 * @param actor2             who was acted on, or null
 * @param civilianTargeting  civilians were the target or the reported victims
 * @param location           where
 * @param fatalities         the most conservative credible figure, or null
 * @param fatalitiesReported every distinct figure reported for it
 * @param injuries           the conservative injured count, or null
 * @param status             how well it is established
 * @param sources            ids of the documents that report it
 * @param attributedTo       the originators cited
 * @param notes              one sentence in the engine's own words
 * @param evidence           where it was read (at least one)
 */
public record Event(String id, LocalDate eventDate, LocalDate eventDateEnd, int timePrecision, String eventType,
                    String subEventType, String actor1, String actor2, boolean civilianTargeting, Place location,
                    Integer fatalities, List<Integer> fatalitiesReported, Integer injuries, EventStatus status,
                    List<String> sources, List<String> attributedTo, String notes, List<Evidence> evidence) {

    public Event {
        fatalitiesReported = List.copyOf(fatalitiesReported);
        sources = List.copyOf(sources);
        attributedTo = List.copyOf(attributedTo);
        evidence = List.copyOf(evidence);
    }
}
