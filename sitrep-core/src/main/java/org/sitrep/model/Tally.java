package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures from one or more reports that count the same thing, with every claim side by side.
 *
 * @param id           stable within one output
 * @param kind         what is counted
 * @param group        who is counted, or null
 * @param area         where (the most precise area of the claims), or null
 * @param periodStart  first day covered by any claim, or null
 * @param periodEnd    last day covered by any claim, or null
 * @param claims       every claim, ordered by date then document
 * @param low          the lowest value claimed
 * @param high         the highest value claimed
 * @param conservative the value to use: the lowest claim not made by a party to the fighting (the lowest of all
 *                     when every claim is a party's)
 * @param latest       the value of the most recent claim (for "as of" series), or null when claims share a day
 */
public record Tally(String id, FigureKind kind, String group, Place area, LocalDate periodStart, LocalDate periodEnd,
                    List<TallyClaim> claims, long low, long high, long conservative, Long latest) {

    public Tally {
        claims = List.copyOf(claims);
    }
}
