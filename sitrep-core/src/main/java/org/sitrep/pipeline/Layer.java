package org.sitrep.pipeline;

/** The layers of the document model, in the order a report gains them. */
public enum Layer {
    /** The input's bytes, id and source. */
    RAW,
    /** Decoded characters and the detected format. */
    DECODED,
    /** The article separated from its page or header, with the page's metadata. */
    DRAFT,
    /** The cleaned body every offset points into. */
    BODY,
    /** The body's expressions of time, found once for the dater and the time resolver. */
    DATES,
    /** The headline, when there is one. */
    TITLE,
    /** The publication date. */
    PUBLICATION,
    /** The outlet and the wires it credits. */
    OUTLET,
    /** Sentences and tokens of the body. */
    READING,
    /** Expressions of time, resolved to days. */
    TIMES,
    /** Names and descriptions of people, organisations, actors and places, places resolved. */
    NAMES,
    /** Who each sentence says its facts come from, and how it hedges them. */
    ATTRIBUTION,
    /** Direct quotations with their speakers. */
    QUOTES,
    /** ACLED-coded events with their evidence. */
    EVENTS,
    /** Aggregate tallies that are not one incident's toll. */
    FIGURES
}
