package org.sitrep.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What the other reports of a batch tell about the day of one report: the publication dates of the reports
 * that tell the same incident (they share its rarer names), each dated by its own header or text, nearest
 * match first. The dater uses them only where the report itself leaves its year or day open.
 *
 * @param related the dates, never empty
 * @param ids     the ids of the reports they come from, in the same order
 */
public record BatchDates(List<LocalDate> related, List<String> ids) implements java.io.Serializable {

    public BatchDates {
        related = List.copyOf(related);
        ids = List.copyOf(ids);
        if (related.isEmpty() || related.size() != ids.size()) {
            throw new IllegalArgumentException("batch dates need one id per date, and at least one");
        }
    }
}
