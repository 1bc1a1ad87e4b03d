package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An aggregate tally that is not one incident's toll ({@code sitrep/1} Figure).
 *
 * @param kind         what is counted
 * @param count        the number as written ("48,500" gives 48500)
 * @param qualifier    how the number is qualified
 * @param group        who is counted ("civilians", "children", "people"), or null
 * @param area         where, or null
 * @param periodStart  first day the tally covers, or null
 * @param periodEnd    last day it covers ("as of" gives only this), or null
 * @param attributedTo who the report says the figure comes from, or null
 * @param evidence     where it was read (at least one)
 */
public record Figure(FigureKind kind, long count, Qualifier qualifier, String group, Place area,
                     LocalDate periodStart, LocalDate periodEnd, String attributedTo, List<Evidence> evidence) {

    public Figure {
        evidence = List.copyOf(evidence);
    }
}
