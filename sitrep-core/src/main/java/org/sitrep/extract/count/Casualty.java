package org.sitrep.extract.count;

import org.sitrep.model.FigureKind;

/**
 * A count of people or places a sentence gives, with what happened to them: "at least 13 civilians"
 * killed, "more than 48,500 people" displaced, "13 settlements" captured. Tokens {@code [first, end)} cover
 * the number and its group.
 *
 * @param kind      what happened to them
 * @param quantity  the number as read
 * @param group     the noun of who or what is counted, lower case ("civilians"), or null
 * @param civilians the group is civilians
 * @param fighters  the group is combatants
 * @param subset    a part of the count before it ("including eight children"), not more victims
 * @param alongside told with the count before it as another side's losses ("ten soldiers and 16 militants"):
 *                  more victims of the same toll, kept apart as a figure of their own
 */
public record Casualty(FigureKind kind, Quantity quantity, String group, boolean civilians, boolean fighters,
                       boolean subset, int first, int end, boolean alongside) {

    public Long count() {
        return quantity.value();
    }

    /** The same count marked as another side's losses told with the count before it. */
    Casualty besides() {
        return new Casualty(kind, quantity, group, civilians, fighters, subset, first, end, true);
    }

    /** The same count with another number, as when two counts of one tally are added. */
    Casualty plus(Casualty other) {
        long sum = quantity.value() + other.quantity.value();
        Quantity q = new Quantity(quantity.first(), other.quantity.end(), sum, quantity.qualifier(), null);
        String g = group != null && group.equals(other.group) ? group : (civilians && other.civilians ? "civilians" : "people");
        return new Casualty(kind, q, g, civilians && other.civilians, fighters && other.fighters, subset, first, other.end,
                alongside);
    }
}
