package org.sitrep.model;

/**
 * One report's death toll for an event, kept beside the others when reports disagree.
 *
 * @param fatalities   the toll that report gives
 * @param doc          the document id
 * @param attributedTo who the report says the toll comes from, or null
 * @param status       how that report holds the event
 */
public record TollClaim(int fatalities, String doc, String attributedTo, EventStatus status) {
}
